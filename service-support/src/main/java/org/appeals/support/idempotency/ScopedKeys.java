package org.appeals.support.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.appeals.support.web.Caller;

/** SHA-256 hashes: of the key scoped by caller and endpoint (the record's id) and of a request body. */
final class ScopedKeys {

    private ScopedKeys() {
    }

    /** Caller (client id and role), endpoint and key, separated by a character no part may contain. */
    static String scoped(Caller caller, IdempotencyKey key) {
        return sha256((caller.clientId() + "\n" + caller.role() + "\n" + key.endpoint() + "\n" + key.value())
                .getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The id a write records with its change: the same for every retry of one scoped key and body, another for the
     * same key with another body (which a key past its retention may carry).
     */
    static UUID requestId(String scopedKey, String bodyHash) {
        return UUID.nameUUIDFromBytes((scopedKey + ":" + bodyHash).getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
