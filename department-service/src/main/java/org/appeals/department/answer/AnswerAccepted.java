package org.appeals.department.answer;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.WorkflowState;
import org.appeals.department.appeal.Answer;
import org.appeals.department.appeal.Review;

/**
 * What a department gets back for a step: the appeal's new state and, for an answer, its id and what the automatic
 * check found; {@code review} says whether the answer waits for the operators (PENDING) or went out (null).
 */
record AnswerAccepted(UUID answerId, UUID appealId, AnswerKind kind, WorkflowState state, LocalDate promisedBy,
                      Review.Status review, List<Review.Flag> flags) {

    static AnswerAccepted of(Answering.Outcome outcome) {
        Answer a = outcome.answer();
        if (a == null) {
            return new AnswerAccepted(null, outcome.appealId(), null, outcome.state(), null, null, List.of());
        }
        return new AnswerAccepted(a.answerId(), outcome.appealId(), a.kind(), outcome.state(), a.promisedBy(),
                a.review() == null ? null : a.review().status(), a.review() == null ? List.of() : a.review().flags());
    }
}
