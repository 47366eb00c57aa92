package org.appeals.intake.registration;

import java.util.List;
import java.util.Map;
import org.appeals.contracts.Masking;

/**
 * The body a channel adapter posts, as sent: nothing is trusted until {@link AppealRequestValidator} (or, for a reply
 * to an appeal, {@link ResponseRequests}) has checked it. Channel, receivedAt and inReplyTo stay strings so a bad value
 * is reported by field name rather than as unreadable JSON. The same JSON arrives as an
 * {@link org.appeals.contracts.AppealSubmission} on Kafka and is read into this record there too, so both entry points
 * report the same faults in the same words; once checked, a new appeal is that very AppealSubmission.
 *
 * @param inReplyTo the appeal the resident writes back about; set, the body is a response rather than a new appeal
 * @param feedback set (with inReplyTo), the response rates the final answer
 * @param categoryHint the category the resident chose, a code of the taxonomy ({@code ROADS}); optional
 */
public record AppealRequest(
        String channel,
        String externalId,
        String text,
        AuthorBody author,
        Map<String, String> replyTo,
        LocationBody location,
        List<String> attachments,
        String receivedAt,
        String inReplyTo,
        FeedbackBody feedback,
        String categoryHint) {

    /** A body without a category hint (what most channels send). */
    public AppealRequest(String channel, String externalId, String text, AuthorBody author, Map<String, String> replyTo,
                         LocationBody location, List<String> attachments, String receivedAt, String inReplyTo,
                         FeedbackBody feedback) {
        this(channel, externalId, text, author, replyTo, location, attachments, receivedAt, inReplyTo, feedback, null);
    }

    public record AuthorBody(String id, String name, String contact) {

        /** Leaves out the name and contact. */
        @Override
        public String toString() {
            return "AuthorBody[id=" + Masking.mask(id) + "]";
        }
    }

    public record LocationBody(String address, Double lat, Double lon) {
    }

    public record FeedbackBody(Integer rating, Boolean solved) {
    }

    /** Leaves out the resident's words, name and addresses: Kafka's error handler logs the records it gives up on. */
    @Override
    public String toString() {
        return "AppealRequest[channel=" + channel + ", externalId=" + externalId + ", inReplyTo=" + inReplyTo + "]";
    }
}
