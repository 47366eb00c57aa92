package org.appeals.department.review;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.appeals.contracts.Actor;
import org.appeals.contracts.Topics;
import org.appeals.contracts.WorkflowStep;
import org.appeals.department.appeal.Answer;
import org.appeals.department.appeal.Appeals;
import org.appeals.department.appeal.DepartmentAppeal;
import org.appeals.department.appeal.IllegalTransitionException;
import org.appeals.department.appeal.Review;
import org.appeals.department.retry.LostRace;
import org.appeals.department.retry.RaceRetry;
import org.appeals.department.workflow.Workflow;
import org.appeals.support.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * An operator's decision on a final answer waiting for review. Approval publishes the answer to the resident;
 * returning it puts the appeal back with the department, with the operator's comment beside the answer.
 */
@Service
class Reviewing {

    private static final Logger log = LoggerFactory.getLogger(Reviewing.class);

    private final Appeals appeals;
    private final Workflow workflow;
    private final MeterRegistry registry;
    private final RaceRetry retry;

    Reviewing(Appeals appeals, Workflow workflow, MeterRegistry registry, RaceRetry retry) {
        this.appeals = appeals;
        this.workflow = workflow;
        this.registry = registry;
        this.retry = retry;
    }

    /**
     * {@code requestId} (null: none) names the client's request, the same for its retries: it is stored with the
     * decision, and a retry of a decision already stored (its response lost) gets the appeal as it is, deciding
     * nothing again.
     */
    DepartmentAppeal approve(UUID appealId, Actor operator, UUID requestId) {
        return decide(appealId, WorkflowStep.APPROVE, Review.Status.APPROVED, operator, null, requestId);
    }

    DepartmentAppeal returnForRework(UUID appealId, Actor operator, String comment, UUID requestId) {
        return decide(appealId, WorkflowStep.RETURN_FOR_REWORK, Review.Status.RETURNED, operator, comment,
                requestId);
    }

    private DepartmentAppeal decide(UUID appealId, WorkflowStep step, Review.Status outcome, Actor operator,
                                    String comment, UUID requestId) {
        try {
            return retry.untilWon(() -> once(appealId, step, outcome, operator, comment, requestId));
        } catch (LostRace e) {
            throw ApiException.conflict("The appeal kept changing while the decision was saved; reload it.");
        }
    }

    /** One round: read, decide, and write conditionally; {@link LostRace} when another writer came first. */
    private DepartmentAppeal once(UUID appealId, WorkflowStep step, Review.Status outcome, Actor operator,
                                  String comment, UUID requestId) {
        DepartmentAppeal appeal = appeals.find(appealId)
                .orElseThrow(() -> ApiException.notFound("No appeal " + appealId + " is known here."));
        if (requestId != null && appeal.hasApplied(requestId)) {
            return appeal;
        }
        Answer pending = appeal.answerInReview().orElseThrow(() -> ApiException.conflict(
                "The appeal is " + appeal.state() + "; no answer of it waits for review."));
        Answer decided = pending.withReview(pending.review().decided(outcome, operator, comment, workflow.now()));
        List<Answer> answers = appeal.answers().stream()
                .map(a -> a.answerId().equals(pending.answerId()) ? decided : a).toList();
        try {
            workflow.step(appeal, step, null, operator, change -> {
                if (requestId != null) {
                    change.applied(requestId);
                }
                change.answers(answers);
                if (outcome == Review.Status.APPROVED) {
                    change.publish(Topics.APPEALS_ANSWERED, decided.event(appealId));
                }
            }).orElseThrow(() -> new LostRace("appeal " + appealId));
        } catch (IllegalTransitionException e) {
            throw ApiException.conflict("The appeal is " + appeal.state() + "; it cannot be "
                    + outcome.name().toLowerCase(Locale.ROOT) + " now.");
        }
        count(outcome, appeal.departmentId());
        log.info("answer {} of appeal {} {} by {}", pending.answerId(), appealId, outcome, operator.id());
        return appeals.find(appealId).orElseThrow();
    }

    private void count(Review.Status outcome, String departmentId) {
        Counter.builder("appeals.answers.reviewed").description("Final answers the operators decided on")
                .tag("outcome", outcome == Review.Status.APPROVED ? "approved" : "returned")
                .tag("department", departmentId).register(registry).increment();
    }
}
