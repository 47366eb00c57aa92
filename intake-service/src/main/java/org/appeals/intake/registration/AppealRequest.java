package org.appeals.intake.registration;

import java.util.List;
import java.util.Map;

/**
 * The body a channel adapter posts, as sent: nothing is trusted until {@link AppealRequestValidator} has checked it.
 * Channel and receivedAt stay strings so a bad value is reported by field name rather than as unreadable JSON.
 */
record AppealRequest(
        String channel,
        String externalId,
        String text,
        AuthorBody author,
        Map<String, String> replyTo,
        LocationBody location,
        List<String> attachments,
        String receivedAt) {

    record AuthorBody(String id, String name, String contact) {
    }

    record LocationBody(String address, Double lat, Double lon) {
    }
}
