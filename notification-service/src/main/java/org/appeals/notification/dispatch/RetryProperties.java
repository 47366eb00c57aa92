package org.appeals.notification.dispatch;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a failing webhook is retried, {@code appeals.notification.retry.*}.
 *
 * @param initialInterval the pause after the first failed attempt
 * @param multiplier how much each further pause grows
 * @param maxInterval the longest pause
 * @param maxAttempts attempts in all before the delivery fails
 */
@ConfigurationProperties("appeals.notification.retry")
record RetryProperties(Duration initialInterval, Double multiplier, Duration maxInterval, Integer maxAttempts) {

    RetryProperties {
        initialInterval = initialInterval == null ? Duration.ofSeconds(1) : initialInterval;
        multiplier = multiplier == null ? 2.0 : multiplier;
        maxInterval = maxInterval == null ? Duration.ofSeconds(60) : maxInterval;
        maxAttempts = maxAttempts == null ? 6 : maxAttempts;
        if (multiplier < 1 || maxAttempts < 1) {
            throw new IllegalStateException("retry multiplier must be >= 1 and max-attempts >= 1");
        }
    }
}
