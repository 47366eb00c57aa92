package org.appeals.gateway.guard;

import io.micrometer.core.instrument.MeterRegistry;
import org.appeals.gateway.access.AccessPolicy;
import org.appeals.gateway.identity.IdentityMinter;
import org.appeals.gateway.keys.MachineKeyAuthenticator;
import org.appeals.gateway.numbers.AppealNumbers;
import org.appeals.gateway.people.PersonAuthenticator;
import org.appeals.gateway.ratelimit.FailedAttempts;
import org.appeals.gateway.ratelimit.PublicRateLimiter;
import org.appeals.gateway.ratelimit.RateLimiter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts the guard filter in front of every path, just after Boot's observation filter so refusals are timed too. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BodyLimitProperties.class)
class GuardConfiguration {

    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    @Bean
    AccessPolicy accessPolicy() {
        return new AccessPolicy();
    }

    @Bean
    Authentication authentication(MachineKeyAuthenticator machines, PersonAuthenticator people,
                                  FailedAttempts failures) {
        return new Authentication(machines, people, failures);
    }

    @Bean
    FilterRegistrationBean<GuardFilter> guardFilter(AccessPolicy policy, Authentication authentication,
                                                    IdentityMinter minter, RateLimiter limiter,
                                                    PublicRateLimiter publicLimiter, AppealNumbers numbers,
                                                    BodyLimitProperties limits, MeterRegistry registry) {
        Gatekeeper gatekeeper = new Gatekeeper(policy, authentication, minter, limiter,
                new ResidentAdmission(publicLimiter, limits), numbers, limits.maxBodyBytes());
        FilterRegistrationBean<GuardFilter> registration =
                new FilterRegistrationBean<>(new GuardFilter(policy, gatekeeper, new GuardMetrics(registry)));
        registration.setOrder(ORDER);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
