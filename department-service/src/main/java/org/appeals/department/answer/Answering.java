package org.appeals.department.answer;

import java.time.Instant;
import java.util.UUID;
import org.appeals.contracts.AnswerKind;
import org.appeals.department.appeal.AppealStore;
import org.appeals.department.appeal.Answer;
import org.appeals.department.appeal.DepartmentAppeal;
import org.appeals.department.web.AppealIds;
import org.appeals.department.workflow.AppealState;
import org.appeals.department.workflow.IllegalTransitionException;
import org.appeals.support.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * One answer of a department: checked against the workflow, stored together with the new state and an outbox
 * flag, then published. Once stored, the answer is accepted even if the broker is away: the relay publishes it later.
 */
@Service
class Answering {

    private static final Logger log = LoggerFactory.getLogger(Answering.class);

    private final AppealStore store;
    private final AnswerPublisher publisher;
    private final AnswerMetrics metrics;

    Answering(AppealStore store, AnswerPublisher publisher, AnswerMetrics metrics) {
        this.store = store;
        this.publisher = publisher;
        this.metrics = metrics;
    }

    AnswerAccepted answer(String departmentId, UUID appealId, AnswerKind kind, String text) {
        DepartmentAppeal appeal = store.find(appealId).filter(a -> a.assignedTo(departmentId))
                .orElseThrow(AppealIds::notInInbox);
        AppealState next = nextState(appeal.state(), kind);
        Answer answer = Answer.create(kind, text, appeal.assignment(), Instant.now());
        if (!store.addAnswer(appeal, next, answer)) {
            throw ApiException.conflict("The appeal changed while this answer was saved; reload it and decide again.");
        }
        metrics.answered(kind, departmentId);
        log.info("answer {} ({}) to appeal {} by {} stored", answer.answerId(), kind, appealId, departmentId);
        publisher.publishNow(appealId, answer);
        return new AnswerAccepted(answer.answerId(), appealId, kind, next);
    }

    private static AppealState nextState(AppealState current, AnswerKind kind) {
        try {
            return current.moveTo(AppealState.after(kind));
        } catch (IllegalTransitionException e) {
            throw ApiException.conflict("The appeal is " + current + "; a " + kind + " answer cannot follow.");
        }
    }
}
