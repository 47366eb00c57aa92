package org.appeals.gateway.keys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests of keys: compared instead of the keys, and shortened into fingerprints for logs. */
final class Fingerprints {

    private Fingerprints() {
    }

    static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    static String of(byte[] digest) {
        return "key-" + HexFormat.of().formatHex(digest, 0, 8);
    }
}
