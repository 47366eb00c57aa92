package org.appeals.department.retry;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How often a step that lost a race is done again ({@code appeals.department.retry.*}).
 *
 * @param maxAttempts attempts in all, the first one included; a burst of reports of one problem races for one
 *                    incident and each round at least one of them wins, so this bounds the burst handled at once
 * @param delay pause before each further attempt; none by default, as the winner has already written
 */
@ConfigurationProperties("appeals.department.retry")
public record RetryProperties(Integer maxAttempts, Duration delay) {

    public RetryProperties {
        maxAttempts = maxAttempts == null ? 32 : maxAttempts;
        delay = delay == null ? Duration.ZERO : delay;
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("appeals.department.retry.max-attempts must be at least 1");
        }
    }

    public static RetryProperties defaults() {
        return new RetryProperties(null, null);
    }
}
