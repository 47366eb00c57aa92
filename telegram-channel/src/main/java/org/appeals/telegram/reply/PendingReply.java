package org.appeals.telegram.reply;

import java.util.List;
import java.util.UUID;

/**
 * A reply taken from the webhook and not yet reported: where it goes (chat, the resident's message it answers), its
 * messages in order, how many are already posted, and whether it is a final answer (which gets the rating buttons).
 */
record PendingReply(UUID deliveryId, String appealId, Long chatId, Long replyToMessageId, boolean finalAnswer,
                    List<String> parts, int sentParts, int attempts) {

    PendingReply {
        parts = List.copyOf(parts);
    }

    /** Leaves out the chat and the text. */
    @Override
    public String toString() {
        return "PendingReply[deliveryId=" + deliveryId + ", parts=" + parts.size() + ", sent=" + sentParts + "]";
    }
}
