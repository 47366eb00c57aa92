package org.appeals.vk.reply;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * The idempotency keys VK takes, derived from the delivery id so every attempt of one part carries the same:
 * {@code random_id} of {@code messages.send} (an int32 from SHA-256, never 0, which means "none") and {@code guid} of
 * {@code wall.createComment}. The first part uses the delivery id itself, later parts {@code <id>-<n>}.
 */
final class RandomIds {

    private RandomIds() {
    }

    static String guid(UUID deliveryId, int part) {
        return part == 0 ? deliveryId.toString() : deliveryId + "-" + (part + 1);
    }

    static int randomId(UUID deliveryId, int part) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(guid(deliveryId, part)
                    .getBytes(StandardCharsets.UTF_8));
            int value = ByteBuffer.wrap(digest).getInt();
            return value == 0 ? 1 : value;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
