package org.appeals.telegram.inbound;

import java.time.Instant;
import org.appeals.contracts.Masking;

/**
 * An appeal held for a moment in case a location follows it (or a location waiting for its text): what the
 * resident wrote, sent or shared, and until when it waits.
 */
record Draft(long chatId, long messageId, long fromId, String fromName, String text, String photoFileId,
             Double latitude, Double longitude, Instant receivedAt, Instant heldUntil) {

    static Draft of(IncomingMessage message, Instant heldUntil) {
        return new Draft(message.chatId(), message.messageId(), message.fromId(), message.fromName(),
                message.hasText() ? message.text() : null, message.photoFileId(), message.latitude(),
                message.longitude(), message.date(), heldUntil);
    }

    boolean hasText() {
        return text != null;
    }

    boolean hasLocation() {
        return latitude != null && longitude != null;
    }

    /** This text with the location of {@code other} (a location-only draft). */
    Draft withLocationOf(Draft other) {
        return new Draft(chatId, messageId, fromId, fromName, text, photoFileId, other.latitude, other.longitude,
                receivedAt, heldUntil);
    }

    /** Leaves out who wrote and what. */
    @Override
    public String toString() {
        return "Draft[chat=" + Masking.mask(Long.toString(chatId)) + ", messageId=" + messageId + "]";
    }
}
