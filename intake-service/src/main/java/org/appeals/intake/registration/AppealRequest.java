package org.appeals.intake.registration;

import java.util.List;
import java.util.Map;

/**
 * The body a channel adapter posts, as sent: nothing is trusted until {@link AppealRequestValidator} (or, for a reply
 * to an appeal, {@link ResponseRequests}) has checked it. Channel, receivedAt and inReplyTo stay strings so a bad value
 * is reported by field name rather than as unreadable JSON.
 *
 * @param inReplyTo the appeal the resident writes back about; set, the body is a response rather than a new appeal
 * @param feedback set (with inReplyTo), the response rates the final answer
 */
record AppealRequest(
        String channel,
        String externalId,
        String text,
        AuthorBody author,
        Map<String, String> replyTo,
        LocationBody location,
        List<String> attachments,
        String receivedAt,
        String inReplyTo,
        FeedbackBody feedback) {

    record AuthorBody(String id, String name, String contact) {
    }

    record LocationBody(String address, Double lat, Double lon) {
    }

    record FeedbackBody(Integer rating, Boolean solved) {
    }
}
