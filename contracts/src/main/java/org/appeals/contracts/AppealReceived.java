package org.appeals.contracts;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An appeal was registered by intake. {@code replyTo} holds the channel-specific address a reply goes back to
 * (chat and message id, post and comment id, e-mail address and message id, …).
 */
public record AppealReceived(
        int schemaVersion,
        UUID eventId,
        UUID appealId,
        Instant occurredAt,
        Channel channel,
        String externalId,
        String text,
        Author author,
        Map<String, String> replyTo,
        Location location,
        List<String> attachments,
        Instant receivedAt) implements AppealEvent {

    public static final int SCHEMA_VERSION = 1;

    /** Leaves out the resident's words, name and addresses: records get logged when a consumer fails. */
    @Override
    public String toString() {
        return "AppealReceived[eventId=" + eventId + ", appealId=" + appealId + ", channel=" + channel
                + ", externalId=" + externalId + ", occurredAt=" + occurredAt + "]";
    }
}
