package org.appeals.intake.resident;

import java.time.Clock;
import java.util.UUID;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.AppealAnswered;
import org.appeals.intake.appeal.AppealHistory;
import org.appeals.intake.registration.FeedbackChecks;
import org.appeals.intake.response.NewResponse;
import org.appeals.intake.response.ResidentResponses;
import org.appeals.support.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Feedback from the public feedback page: checked like a channel's, once per final answer (409 after that), while the
 * feedback window is open (410 after it), and accepted through the same path as a channel's feedback, so "not
 * solved" reopens the appeal at the department.
 */
@Service
class PublicFeedback {

    private final PublicAccess access;
    private final ResidentResponses responses;
    private final PublicProperties properties;
    private final Clock clock;

    PublicFeedback(PublicAccess access, ResidentResponses responses, PublicProperties properties, Clock clock) {
        this.access = access;
        this.responses = responses;
        this.properties = properties;
        this.clock = clock;
    }

    void give(String number, FeedbackForm form) {
        AppealHistory history = access.open(number, form.code());
        NewResponse response = FeedbackChecks.publicFeedback(history.appealId(), form.answerId(), form.rating(),
                form.solved(), form.comment());
        FinalAnswerFeedback feedback = FinalAnswerFeedback.of(history, properties.feedbackWindow())
                .orElseThrow(() -> gone("The appeal has no final answer to rate."));
        UUID rated = UUID.fromString(form.answerId());
        if (!rated.equals(feedback.answer().answerId())) {
            throw isFinalAnswer(history, rated) ? gone("A later final answer replaced this one; rate that one.")
                    : ApiException.badRequest("Invalid feedback: answerId is not a final answer of this appeal.");
        }
        if (feedback.given() != null) {
            throw alreadyGiven();
        }
        if (!feedback.open(clock.instant())) {
            throw gone("The time for feedback on this answer is over.");
        }
        responses.feedbackOnce(response).orElseThrow(PublicFeedback::alreadyGiven);
    }

    private static boolean isFinalAnswer(AppealHistory history, UUID answerId) {
        return history.events().stream().anyMatch(event -> event instanceof AppealAnswered answered
                && answered.kind() == AnswerKind.FINAL && answerId.equals(answered.answerId()));
    }

    private static ApiException alreadyGiven() {
        return ApiException.conflict("Feedback on this answer was given already.");
    }

    private static ApiException gone(String detail) {
        return new ApiException(HttpStatus.GONE, detail);
    }
}
