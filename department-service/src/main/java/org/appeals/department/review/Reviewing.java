package org.appeals.department.review;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
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
 * returning it puts the appeal back with the department, with the operator's comment beside the answer. One decision
 * may cover several appeals (an incident's answer, reviewed once): it is taken on each appeal by {@link #decide}.
 */
@Service
public class Reviewing {

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
     * An operator's decision: approve, or return with a comment; {@code at} is the moment the review says it was
     * decided, the same on every appeal one decision covers.
     */
    public record Decision(Review.Status outcome, Actor operator, String comment, Instant at) {

        public Decision {
            if (outcome == Review.Status.PENDING) {
                throw new IllegalArgumentException("a decision approves or returns");
            }
        }

        WorkflowStep step() {
            return outcome == Review.Status.APPROVED ? WorkflowStep.APPROVE : WorkflowStep.RETURN_FOR_REWORK;
        }
    }

    /** An approval by {@code operator}, taken now. */
    public Decision approval(Actor operator) {
        return new Decision(Review.Status.APPROVED, operator, null, workflow.now());
    }

    /** A return for rework with {@code comment} by {@code operator}, taken now. */
    public Decision returning(Actor operator, String comment) {
        return new Decision(Review.Status.RETURNED, operator, comment, workflow.now());
    }

    /**
     * {@code requestId} (null: none) names the client's request, the same for its retries: it is stored with the
     * decision, and a retry of a decision already stored (its response lost) gets the appeal as it is, deciding
     * nothing again.
     */
    DepartmentAppeal approve(UUID appealId, Actor operator, UUID requestId) {
        return decide(appealId, null, approval(operator), requestId);
    }

    DepartmentAppeal returnForRework(UUID appealId, Actor operator, String comment, UUID requestId) {
        return decide(appealId, null, returning(operator, comment), requestId);
    }

    /**
     * Takes {@code decision} on the appeal's answer in review, which must be answer {@code answerId} unless that is
     * null: a decision meant for one answer never lands on another given since. {@code requestId} as for
     * {@link #approve}. An {@link ApiException} (404, 409) says why the appeal was not decided.
     */
    public DepartmentAppeal decide(UUID appealId, UUID answerId, Decision decision, UUID requestId) {
        try {
            return retry.untilWon(() -> once(appealId, answerId, decision, requestId));
        } catch (LostRace e) {
            throw ApiException.conflict("The appeal kept changing while the decision was saved; reload it.");
        }
    }

    /** One round: read, decide, and write conditionally; {@link LostRace} when another writer came first. */
    private DepartmentAppeal once(UUID appealId, UUID answerId, Decision decision, UUID requestId) {
        DepartmentAppeal appeal = appeals.find(appealId)
                .orElseThrow(() -> ApiException.notFound("No appeal " + appealId + " is known here."));
        if (requestId != null && appeal.hasApplied(requestId)) {
            return appeal;
        }
        Answer pending = appeal.answerInReview().orElseThrow(() -> ApiException.conflict(
                "The appeal is " + appeal.state() + "; no answer of it waits for review."));
        if (answerId != null && !answerId.equals(pending.answerId())) {
            throw ApiException.conflict("The appeal's answer in review is another one now; decide it on its own.");
        }
        Review.Status outcome = decision.outcome();
        Answer decided = pending.withReview(pending.review().decided(outcome, decision.operator(), decision.comment(),
                decision.at()));
        List<Answer> answers = appeal.answers().stream()
                .map(a -> a.answerId().equals(pending.answerId()) ? decided : a).toList();
        try {
            workflow.step(appeal, decision.step(), null, decision.operator(), change -> {
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
        log.info("answer {} of appeal {} {} by {}", pending.answerId(), appealId, outcome, decision.operator().id());
        return appeals.find(appealId).orElseThrow();
    }

    private void count(Review.Status outcome, String departmentId) {
        Counter.builder("appeals.answers.reviewed").description("Final answers the operators decided on")
                .tag("outcome", outcome == Review.Status.APPROVED ? "approved" : "returned")
                .tag("department", departmentId).register(registry).increment();
    }
}
