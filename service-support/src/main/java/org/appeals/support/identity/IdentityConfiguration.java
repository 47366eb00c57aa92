package org.appeals.support.identity;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/** Every service's HTTP port checks the gateway's signed identity; without the shared secret the start stops. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class IdentityConfiguration {

    /** The property the services read the gateway's signing secret from. */
    public static final String SECRET_PROPERTY = "appeals.identity.secret";

    @Bean
    IdentityVerifier identityVerifier(Environment environment) {
        return new IdentityVerifier(Secrets.require(environment, SECRET_PROPERTY, "APPEALS_IDENTITY_SECRET"));
    }

    @Bean
    FilterRegistrationBean<IdentityFilter> identityFilter(IdentityVerifier verifier) {
        FilterRegistrationBean<IdentityFilter> registration = new FilterRegistrationBean<>(new IdentityFilter(verifier));
        // after Boot's observation filter (so refusals are measured), before anything reads the request
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
