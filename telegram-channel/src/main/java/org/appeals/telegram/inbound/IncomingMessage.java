package org.appeals.telegram.inbound;

import java.time.Instant;
import org.appeals.contracts.Masking;

/**
 * What the adapter reads of a Message (https://core.telegram.org/bots/api#message): the text or a photo's caption,
 * the largest PhotoSize's file_id, a shared Location, and the message it replies to.
 */
record IncomingMessage(long chatId, long messageId, long fromId, String fromName, String text, String photoFileId,
                       Double latitude, Double longitude, Long replyToMessageId, Instant date) {

    boolean hasText() {
        return text != null && !text.isBlank();
    }

    boolean hasLocation() {
        return latitude != null && longitude != null;
    }

    boolean isCommand(String command) {
        return hasText() && (text.strip().equals(command) || text.strip().startsWith(command + " ")
                || text.strip().startsWith(command + "@"));
    }

    /** Leaves out who wrote and what. */
    @Override
    public String toString() {
        return "IncomingMessage[chat=" + Masking.mask(Long.toString(chatId)) + ", messageId=" + messageId + "]";
    }
}
