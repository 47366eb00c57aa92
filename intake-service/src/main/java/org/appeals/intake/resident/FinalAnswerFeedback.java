package org.appeals.intake.resident;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.AppealAnswered;
import org.appeals.contracts.AppealEvent;
import org.appeals.contracts.AppealNotified;
import org.appeals.contracts.DeliveryOutcome;
import org.appeals.contracts.ResidentResponded;
import org.appeals.contracts.ResponseKind;
import org.appeals.intake.appeal.AppealHistory;
import org.appeals.intake.appeal.AppealStatus;

/**
 * Feedback on an appeal's latest final answer: one per answer, whichever way it came (this page or the channel), taken
 * until the feedback window passes. The window runs from the answer's delivery to the resident, as the department's
 * does (it closes the appeal then), or from the answer itself while no delivery is known; an appeal the department
 * closed takes none.
 *
 * @param given the first feedback after the answer, or null
 */
record FinalAnswerFeedback(AppealAnswered answer, Instant until, ResidentResponded given, boolean closed) {

    /** Empty while the appeal has no final answer. */
    static Optional<FinalAnswerFeedback> of(AppealHistory history, Duration window) {
        AppealAnswered answer = null;
        for (AppealEvent event : history.events()) {
            if (event instanceof AppealAnswered answered && answered.kind() == AnswerKind.FINAL) {
                answer = answered;
            }
        }
        if (answer == null) {
            return Optional.empty();
        }
        Instant deliveredAt = null;
        ResidentResponded given = null;
        for (AppealEvent event : history.events()) {
            if (event.occurredAt().isBefore(answer.occurredAt())) {
                continue;
            }
            if (event instanceof AppealNotified notified && deliveredAt == null && deliveredFinal(notified, answer)) {
                deliveredAt = notified.occurredAt();
            } else if (event instanceof ResidentResponded responded && responded.kind() == ResponseKind.FEEDBACK
                    && given == null) {
                given = responded;
            }
        }
        Instant start = deliveredAt == null ? answer.occurredAt() : deliveredAt;
        return Optional.of(new FinalAnswerFeedback(answer, start.plus(window), given,
                history.status() == AppealStatus.CLOSED));
    }

    boolean open(Instant now) {
        return given == null && !closed && now.isBefore(until);
    }

    private static boolean deliveredFinal(AppealNotified notified, AppealAnswered answer) {
        return notified.answerKind() == AnswerKind.FINAL && notified.outcome() == DeliveryOutcome.DELIVERED
                && (notified.answerId() == null || Objects.equals(notified.answerId(), answer.answerId()));
    }
}
