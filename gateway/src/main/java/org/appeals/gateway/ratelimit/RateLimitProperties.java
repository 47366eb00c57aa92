package org.appeals.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Requests per second each caller (key or person) may make ({@code appeals.gateway.rate-limit}); bursts of twice that pass. */
@ConfigurationProperties("appeals.gateway.rate-limit")
record RateLimitProperties(@DefaultValue("500") long requestsPerSecond) {

    RateLimitProperties {
        if (requestsPerSecond < 1) {
            throw new IllegalStateException("appeals.gateway.rate-limit.requests-per-second must be at least 1");
        }
    }
}
