package org.appeals.launcher.stub;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.appeals.contracts.WebhookSignature;

/**
 * Checks notification-service's webhook signature the way an adapter does ({@link WebhookSignature} of the contract,
 * any of the listed signatures during a secret's rotation), with {@code X-Appeals-Timestamp} no further than five
 * minutes from now (against replays).
 */
final class SignatureCheck {

    static final Duration MAX_SKEW = Duration.ofMinutes(5);

    private final String secret;
    private final Clock clock;

    SignatureCheck(String secret, Clock clock) {
        this.secret = secret;
        this.clock = clock;
    }

    /** Empty when the request is authentic, else why it is not. */
    Optional<String> problem(String timestamp, String signature, byte[] body) {
        if (timestamp == null || signature == null) {
            return Optional.of("X-Appeals-Timestamp and X-Appeals-Signature are required");
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            return Optional.of("X-Appeals-Timestamp must be epoch seconds");
        }
        if (Math.abs(clock.instant().getEpochSecond() - seconds) > MAX_SKEW.toSeconds()) {
            return Optional.of("X-Appeals-Timestamp is more than " + MAX_SKEW.toMinutes() + " minutes off");
        }
        boolean matches = WebhookSignature.verifies(secret, seconds, body, signature);
        return matches ? Optional.empty() : Optional.of("X-Appeals-Signature does not match the body");
    }
}
