package org.appeals.gateway.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests of secrets: stored and compared instead of them, and shortened into fingerprints for logs. */
public final class Fingerprints {

    private static final int FINGERPRINT_BYTES = 8;

    private Fingerprints() {
    }

    /** The SHA-256 digest of the text (UTF-8). */
    public static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The whole digest in lower-case hex. */
    public static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }

    /** A short name for the digest ({@code key-0123456789abcdef}): tells secrets apart, reveals nothing of them. */
    public static String of(String prefix, byte[] digest) {
        return prefix + "-" + HexFormat.of().formatHex(digest, 0, FINGERPRINT_BYTES);
    }
}
