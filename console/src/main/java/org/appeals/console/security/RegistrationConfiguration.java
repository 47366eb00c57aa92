package org.appeals.console.security;

import org.appeals.support.identity.Secrets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/** The identity provider: {@code OIDC_ISSUER_URI} has no default, and the console does not start without it. */
@Configuration(proxyBeanMethods = false)
class RegistrationConfiguration {

    @Bean
    ClientRegistrationRepository clientRegistrations(Environment environment) {
        String issuer = Secrets.requireSetting(environment, "appeals.console.oidc.issuer-uri", "OIDC_ISSUER_URI");
        String clientId = environment.getProperty("appeals.console.oidc.client-id", "appeals-console");
        return new LazyRegistrations(issuer, environment.getProperty("appeals.console.oidc.provider-url"), clientId);
    }
}
