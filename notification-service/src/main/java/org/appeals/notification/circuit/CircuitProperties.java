package org.appeals.notification.circuit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The channels' circuit breakers, {@code appeals.notification.circuit.*}.
 *
 * @param failureThreshold failed webhook calls in a row that open a channel's circuit (the size of a count-based
 *                         window whose failure-rate threshold is 100 %)
 * @param openFor how long an open circuit refuses calls before one trial (Resilience4j {@code waitDurationInOpenState})
 * @param maxInFlight deliveries of one channel sent at the same time at most; below the worker's threads, so a
 *                    channel whose adapter hangs until the read timeout never takes every sender
 */
@ConfigurationProperties("appeals.notification.circuit")
record CircuitProperties(Integer failureThreshold, Duration openFor, Integer maxInFlight) {

    CircuitProperties {
        failureThreshold = failureThreshold == null ? 5 : failureThreshold;
        openFor = openFor == null ? Duration.ofSeconds(30) : openFor;
        maxInFlight = maxInFlight == null ? 2 : maxInFlight;
        if (failureThreshold < 1 || maxInFlight < 1) {
            throw new IllegalStateException("circuit failure-threshold and max-in-flight must be >= 1");
        }
    }
}
