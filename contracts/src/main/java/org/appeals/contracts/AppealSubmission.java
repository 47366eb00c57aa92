package org.appeals.contracts;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An appeal (or a resident's reply to one) as a channel adapter submits it on {@link Topics#APPEALS_SUBMITTED}: the
 * same fields as the body of {@code POST /api/v1/appeals}, validated and de-duplicated by intake in the same way.
 * The record key is {@code <channel>:<externalId>}. Intake answers nothing on Kafka: an accepted submission shows up
 * as {@link AppealReceived} (or {@link ResidentResponded}), a refused one goes to {@code appeals.submitted.dlt} with
 * the reason in its headers.
 *
 * @param inReplyTo the appeal id the resident writes back about, or null for a new appeal
 * @param feedback with {@code inReplyTo}: the resident rates the final answer
 * @param categoryHint the category the resident chose (a code of the taxonomy), or null: routing weighs it as a hint
 */
public record AppealSubmission(
        Channel channel,
        String externalId,
        String text,
        Author author,
        Map<String, String> replyTo,
        Location location,
        List<String> attachments,
        Instant receivedAt,
        String inReplyTo,
        Feedback feedback,
        String categoryHint) {

    /** A submission without a category hint (what most channels send). */
    public AppealSubmission(Channel channel, String externalId, String text, Author author, Map<String, String> replyTo,
                            Location location, List<String> attachments, Instant receivedAt, String inReplyTo,
                            Feedback feedback) {
        this(channel, externalId, text, author, replyTo, location, attachments, receivedAt, inReplyTo, feedback, null);
    }

    /** A rating of the final answer, and whether the problem is solved. */
    public record Feedback(Integer rating, Boolean solved) {
    }

    /** The record key adapters use, so one message's retries stay on one partition. */
    public static String key(Channel channel, String externalId) {
        return channel + ":" + externalId;
    }

    /** Leaves out the author, reply address and text. */
    @Override
    public String toString() {
        return "AppealSubmission[channel=" + channel + ", externalId=" + externalId + ", inReplyTo=" + inReplyTo + "]";
    }
}
