package org.appeals.vk.callback;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.appeals.contracts.Location;

/**
 * A resident's words from VK, ready to submit. {@code threadKey} is the thread this starts; {@code answeredIn} the
 * threads in which a platform answer would make these words a reply (nearest first).
 */
record Inbound(String kind, String externalId, String text, String authorId, Map<String, String> replyTo,
               List<String> attachments, Location location, Instant receivedAt, String threadKey,
               List<String> answeredIn) {

    /** Leaves out the text, the author and the reply address. */
    @Override
    public String toString() {
        return "Inbound[kind=" + kind + ", externalId=" + externalId + "]";
    }
}
