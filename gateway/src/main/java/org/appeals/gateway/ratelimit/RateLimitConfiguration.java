package org.appeals.gateway.ratelimit;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The per-caller rate limiter, the residents' per-address limits and the per-address count of invalid credentials. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({RateLimitProperties.class, PublicRateLimitProperties.class,
        FailedAttemptProperties.class})
class RateLimitConfiguration {

    @Bean
    RateLimiter rateLimiter(RateLimitProperties properties) {
        return new RateLimiter(properties);
    }

    @Bean
    PublicRateLimiter publicRateLimiter(PublicRateLimitProperties properties) {
        return new PublicRateLimiter(properties);
    }

    @Bean
    FailedAttempts failedAttempts(FailedAttemptProperties properties) {
        return new FailedAttempts(properties);
    }
}
