package org.appeals.launcher.stub;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks notification-service's webhook signature: {@code X-Appeals-Signature: sha256=<hex HMAC-SHA256 of
 * "<timestamp>.<body>">}, with {@code X-Appeals-Timestamp} no further than five minutes from now (against replays).
 */
final class SignatureCheck {

    static final Duration MAX_SKEW = Duration.ofMinutes(5);
    private static final String PREFIX = "sha256=";

    private final byte[] secret;
    private final Clock clock;

    SignatureCheck(String secret, Clock clock) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
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
        byte[] expected = (PREFIX + sign(timestamp.trim(), body)).getBytes(StandardCharsets.US_ASCII);
        boolean matches = MessageDigest.isEqual(expected, signature.trim().getBytes(StandardCharsets.US_ASCII));
        return matches ? Optional.empty() : Optional.of("X-Appeals-Signature does not match the body");
    }

    /** Lower-case hex HMAC-SHA256 of {@code "<timestamp>.<body>"}. */
    String sign(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
