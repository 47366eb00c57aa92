package org.appeals.intake.registration;

import java.util.Locale;
import java.util.UUID;
import org.appeals.contracts.Channel;
import org.appeals.contracts.ResponseKind;
import org.appeals.intake.registration.AppealRequest.FeedbackBody;
import org.appeals.intake.response.NewResponse;

/**
 * Checks a resident's response field by field, the way {@link AppealRequestValidator} checks an appeal: a reply
 * posted on the appeals endpoint with {@code inReplyTo}, or feedback posted on the appeal itself.
 */
final class ResponseRequests {

    static final int MIN_RATING = 1;
    static final int MAX_RATING = 5;

    private ResponseRequests() {
    }

    /** Feedback when it rates, else a clarification, which must say something. */
    static NewResponse reply(AppealRequest body) {
        Violations violations = new Violations("reply");
        Channel channel = AppealRequestValidator.channel(body.channel(), violations);
        String externalId = violations.required("externalId", body.externalId(),
                AppealRequestValidator.MAX_EXTERNAL_ID);
        UUID appealId = appealId(body.inReplyTo(), violations);
        FeedbackBody feedback = body.feedback();
        String text = feedback == null
                ? violations.requiredText("text", body.text(), AppealRequestValidator.MAX_TEXT)
                : violations.optionalText("text", body.text(), AppealRequestValidator.MAX_TEXT);
        if (feedback != null) {
            rating("feedback.rating", feedback.rating(), violations);
            solved("feedback.solved", feedback.solved(), violations);
        }
        violations.throwIfAny();
        return feedback == null
                ? new NewResponse(appealId, channel, externalId, ResponseKind.CLARIFICATION, text, null, null)
                : new NewResponse(appealId, channel, externalId, ResponseKind.FEEDBACK, blankToNull(text),
                        feedback.rating(), feedback.solved());
    }

    /** {@code channel} null: staff post it for whatever channel the appeal came through. */
    static NewResponse feedback(UUID appealId, Channel channel, FeedbackRequest body) {
        Violations violations = new Violations("feedback");
        rating("rating", body.rating(), violations);
        solved("solved", body.solved(), violations);
        String text = violations.optionalText("text", body.text(), AppealRequestValidator.MAX_TEXT);
        String externalId = violations.optional("externalId", body.externalId(), AppealRequestValidator.MAX_EXTERNAL_ID);
        violations.throwIfAny();
        return new NewResponse(appealId, channel, blankToNull(externalId), ResponseKind.FEEDBACK, blankToNull(text),
                body.rating(), body.solved());
    }

    private static UUID appealId(String value, Violations violations) {
        try {
            UUID parsed = UUID.fromString(String.valueOf(value));
            // UUID.fromString also takes short forms such as "1-2-3-4-5", which name no appeal of ours
            if (parsed.toString().equals(value.toLowerCase(Locale.ROOT))) {
                return parsed;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        violations.add("inReplyTo", "must be the id of the appeal replied to, a UUID");
        return null;
    }

    static void rating(String field, Integer rating, Violations violations) {
        if (rating == null || rating < MIN_RATING || rating > MAX_RATING) {
            violations.add(field, "is required: a whole number from " + MIN_RATING + " to " + MAX_RATING);
        }
    }

    static void solved(String field, Boolean solved, Violations violations) {
        if (solved == null) {
            violations.add(field, "is required: true or false");
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
