package org.appeals.vk.reply;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A reply taken from the webhook: where it goes, the messages to post in order, how many are posted already, and
 * why it cannot be posted ({@code failure}, a technical reason) once VK said so. {@code answer}: a department's
 * answer rather than a status notice, so the resident's next words in the thread are a reply to it.
 */
record PendingReply(UUID deliveryId, String appealId, Map<String, String> replyTo, List<String> parts,
                    boolean answer, int postedParts, String failure) {

    boolean allPosted() {
        return postedParts >= parts.size();
    }

    /** Leaves out the reply address and the text. */
    @Override
    public String toString() {
        return "PendingReply[deliveryId=" + deliveryId + ", parts=" + parts.size() + ", posted=" + postedParts + "]";
    }
}
