package org.appeals.intake.registration;

import java.util.Optional;
import java.util.UUID;
import org.appeals.contracts.ResponseKind;
import org.appeals.intake.response.NewResponse;
import org.appeals.support.web.PathIds;

/**
 * Checks feedback a resident gives on the public feedback page the way a channel's feedback is checked
 * ({@link ResponseRequests}): a rating from 1 to 5, solved or not, an optional comment. Fails with
 * {@link InvalidAppealException} naming the fields.
 */
public final class FeedbackChecks {

    private static final String PREFIX = "public-feedback-";

    private FeedbackChecks() {
    }

    /** The external id of the public page's feedback on an answer. */
    public static String externalId(UUID answerId) {
        return PREFIX + answerId;
    }

    /**
     * The feedback on the final answer {@code answerId}, as a response for the appeal's own channel whose external id
     * ({@link #externalId}) is the answer's: one response per answer, however often the page is sent.
     */
    public static NewResponse publicFeedback(UUID appealId, String answerId, Integer rating, Boolean solved,
                                             String comment) {
        Violations violations = new Violations("feedback");
        Optional<UUID> answer = PathIds.canonical(answerId);
        if (answer.isEmpty()) {
            violations.add("answerId", "is required: the id of the final answer rated, a UUID");
        }
        ResponseRequests.rating("rating", rating, violations);
        ResponseRequests.solved("solved", solved, violations);
        String text = violations.optionalText("comment", comment, AppealRequestValidator.MAX_TEXT);
        violations.throwIfAny();
        return new NewResponse(appealId, null, externalId(answer.get()), ResponseKind.FEEDBACK,
                ResponseRequests.blankToNull(text), rating, solved);
    }
}
