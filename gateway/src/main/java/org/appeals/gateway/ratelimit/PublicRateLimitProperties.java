package org.appeals.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often one client address may call the residents' side ({@code appeals.gateway.public-rate-limit}): requests a
 * second (bursts of twice that), and submissions of the web form a minute (bursts of that many).
 */
@ConfigurationProperties("appeals.gateway.public-rate-limit")
record PublicRateLimitProperties(@DefaultValue("20") long requestsPerSecond,
                                 @DefaultValue("5") long formSubmissionsPerMinute) {

    PublicRateLimitProperties {
        if (requestsPerSecond < 1) {
            throw new IllegalStateException(
                    "appeals.gateway.public-rate-limit.requests-per-second must be at least 1");
        }
        if (formSubmissionsPerMinute < 1) {
            throw new IllegalStateException(
                    "appeals.gateway.public-rate-limit.form-submissions-per-minute must be at least 1");
        }
    }
}
