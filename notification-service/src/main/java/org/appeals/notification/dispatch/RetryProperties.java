package org.appeals.notification.dispatch;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a failing webhook is retried, {@code appeals.notification.retry.*}.
 *
 * @param initialInterval the pause after the first failed attempt
 * @param multiplier how much each further pause grows
 * @param maxInterval the longest pause
 * @param maxAttempts attempts in all before the delivery is parked
 * @param jitter the share of each pause drawn at random (0 to 1): 0.2 makes a 10 s pause last 8 to 10 s, so replies
 *               that failed together (an adapter restart) do not all come back at the same instant
 */
@ConfigurationProperties("appeals.notification.retry")
record RetryProperties(Duration initialInterval, Double multiplier, Duration maxInterval, Integer maxAttempts,
                       Double jitter) {

    RetryProperties {
        initialInterval = initialInterval == null ? Duration.ofSeconds(1) : initialInterval;
        multiplier = multiplier == null ? 2.0 : multiplier;
        maxInterval = maxInterval == null ? Duration.ofSeconds(60) : maxInterval;
        maxAttempts = maxAttempts == null ? 6 : maxAttempts;
        jitter = jitter == null ? 0.2 : jitter;
        if (multiplier < 1 || maxAttempts < 1 || jitter < 0 || jitter > 1) {
            throw new IllegalStateException("retry multiplier must be >= 1, max-attempts >= 1 and jitter in [0, 1]");
        }
    }
}
