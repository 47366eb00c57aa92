package org.appeals.ok.api;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code appeals.ok.*}: the group's token and the API's address, the webhook OK calls, the local fake's port, and how
 * sending backs off and how long the circuit stays open after OK refused the token.
 */
@ConfigurationProperties("appeals.ok")
public record OkProperties(String accessToken, String apiUrl, String webhookUrl, String webhookSecret, int fakePort,
                           RetrySettings retry, Duration circuitOpenFor, Duration sweepInterval, Duration lease) {

    /** Exponential back-off between attempts of one call OK refused for its limits. */
    public record RetrySettings(int maxAttempts, Duration initialInterval, double multiplier, Duration maxInterval) {
    }
}
