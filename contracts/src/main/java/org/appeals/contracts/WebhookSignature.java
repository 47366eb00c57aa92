package org.appeals.contracts;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-Appeals-Signature} of a webhook call: HMAC-SHA256 over {@code "<timestamp>.<body>"}. Signing the
 * timestamp with the body lets an adapter refuse replayed old calls as well as forged ones. While a rotated secret's
 * predecessor is still valid the header lists both signatures, the new one first:
 * {@code sha256=<new hex>, sha256=<old hex>}. Part of the adapter contract: notification signs with it, an adapter
 * (the local run's channel stub, for one) verifies with it.
 */
public final class WebhookSignature {

    private static final String ALGORITHM = "HmacSHA256";

    private WebhookSignature() {
    }

    /** The header value: one signature per secret, comma-separated, in the order given. */
    public static String header(List<String> secrets, long timestamp, byte[] body) {
        return secrets.stream().map(secret -> sign(secret, timestamp, body)).collect(Collectors.joining(", "));
    }

    /**
     * Whether one of the signatures listed in {@code header} is {@code secret}'s over the timestamp (as sent, epoch
     * seconds) and the body; compared in constant time, so a forger learns nothing from how long a refusal takes.
     */
    public static boolean verifies(String secret, long timestamp, byte[] body, String header) {
        if (header == null) {
            return false;
        }
        byte[] expected = sign(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII);
        boolean found = false;
        for (String listed : header.split(",")) {
            found |= MessageDigest.isEqual(expected, listed.trim().getBytes(StandardCharsets.US_ASCII));
        }
        return found;
    }

    /**
     * What an adapter checks of each webhook call, from its headers as they came: {@code X-Appeals-Timestamp} (epoch
     * seconds) no further than {@code maxAge} from {@code now}, so an old call replayed is refused, and one of the
     * {@code X-Appeals-Signature}s {@code secret}'s. A missing or unreadable header is a refusal, never an error.
     */
    public static boolean verifiesCall(String secret, String timestampHeader, byte[] body, String signatureHeader,
                                       Instant now, Duration maxAge) {
        if (timestampHeader == null || body == null) {
            return false;
        }
        long timestamp;
        try {
            timestamp = Long.parseLong(timestampHeader.strip());
        } catch (NumberFormatException e) {
            return false;
        }
        return Math.abs(now.getEpochSecond() - timestamp) <= maxAge.toSeconds()
                && verifies(secret, timestamp, body, signatureHeader);
    }

    /** {@code sha256=<lower-case hex>} of the timestamp (epoch seconds), a dot and the body bytes. */
    public static String sign(String secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
