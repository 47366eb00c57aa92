package org.appeals.department.answer;

import java.time.LocalDate;
import java.util.UUID;
import org.appeals.contracts.Actor;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.Deadlines;
import org.appeals.contracts.Topics;
import org.appeals.contracts.WorkflowState;
import org.appeals.contracts.WorkflowStep;
import org.appeals.department.appeal.Answer;
import org.appeals.department.appeal.AppealChange;
import org.appeals.department.appeal.Appeals;
import org.appeals.department.appeal.DepartmentAppeal;
import org.appeals.department.appeal.IllegalTransitionException;
import org.appeals.department.appeal.IncidentMark;
import org.appeals.department.appeal.Promise;
import org.appeals.department.appeal.Review;
import org.appeals.department.deadline.AppealDeadlines;
import org.appeals.department.deadline.PromiseBeyondLegalTerm;
import org.appeals.department.retry.LostRace;
import org.appeals.department.retry.RaceRetry;
import org.appeals.department.review.ReviewPolicy;
import org.appeals.department.web.AppealIds;
import org.appeals.department.workflow.Move;
import org.appeals.department.workflow.Workflow;
import org.appeals.support.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * What a department does with one of its appeals: accept it, answer in the interim, ask the resident, answer
 * finally, or decline it. Each is one workflow step, stored with its events before anything is published; a final
 * answer that needs review is stored for the operators and published only once they approve it.
 */
@Service
public class Answering {

    private static final Logger log = LoggerFactory.getLogger(Answering.class);

    private final Appeals appeals;
    private final Workflow workflow;
    private final AppealDeadlines deadlines;
    private final ReviewPolicy reviews;
    private final AnswerMetrics metrics;
    private final RaceRetry retry;

    Answering(Appeals appeals, Workflow workflow, AppealDeadlines deadlines, ReviewPolicy reviews,
              AnswerMetrics metrics, RaceRetry retry) {
        this.appeals = appeals;
        this.workflow = workflow;
        this.deadlines = deadlines;
        this.reviews = reviews;
        this.metrics = metrics;
        this.retry = retry;
    }

    /**
     * The department's person {@code actor} takes the appeal into work. {@code requestId}: see
     * {@link #answer}.
     */
    public Outcome accept(String departmentId, UUID appealId, Actor actor, UUID requestId) {
        return attempt(departmentId, appealId, WorkflowStep.ACCEPT, actor, requestId,
                appeal -> new Plan(null, reacted(appeal), null));
    }

    /**
     * A kind of answer given as text by the department's person {@code actor}: INTERIM (with {@code promisedBy}),
     * FINAL, CLARIFICATION or REDIRECT. {@code requestId} (null: none) names the client's request, the same for its
     * retries: it is stored with the step, in the same conditional update, and a request whose id the appeal has
     * already applied is answered from what it stored instead of acting again (an idempotency key whose response
     * was lost after the step became durable; see {@code IdempotentWrites}). An answer keeps the request id as its
     * answer id, so the retry finds it and answers with the same id.
     */
    public Outcome answer(String departmentId, UUID appealId, AnswerKind kind, String text, LocalDate promisedBy,
                          Actor actor, UUID requestId) {
        return answer(departmentId, appealId, kind, text, promisedBy, actor, requestId, null);
    }

    /**
     * The same, given through an incident answer: the stored answer carries {@code incident} (null: none), so the
     * operators can review the incident's answer once for all its appeals.
     */
    public Outcome answer(String departmentId, UUID appealId, AnswerKind kind, String text, LocalDate promisedBy,
                          Actor actor, UUID requestId, IncidentMark incident) {
        Given given = new Given(kind, text, actor, requestId, incident);
        return switch (kind) {
            case INTERIM -> attempt(departmentId, appealId, WorkflowStep.ANSWER_INTERIM, actor, requestId,
                    appeal -> promising(appeal, answer(appeal, given, promisedBy, null)));
            case CLARIFICATION, REDIRECT -> attempt(departmentId, appealId,
                    kind == AnswerKind.REDIRECT ? WorkflowStep.REDIRECT : WorkflowStep.ASK_CLARIFICATION, actor,
                    requestId, appeal -> new Plan(answer(appeal, given, null, null), null, null));
            case FINAL -> finalAnswer(departmentId, appealId, given);
        };
    }

    private Outcome finalAnswer(String departmentId, UUID appealId, Given given) {
        Review review = reviews.reviewFor(departmentId, given.text());
        WorkflowStep step = review == null ? WorkflowStep.ANSWER_FINAL : WorkflowStep.SUBMIT_FOR_REVIEW;
        return attempt(departmentId, appealId, step, given.actor(), given.requestId(),
                appeal -> new Plan(answer(appeal, given, null, review), null, null));
    }

    private Outcome attempt(String departmentId, UUID appealId, WorkflowStep step, Actor actor, UUID requestId,
                            Planner planner) {
        try {
            return retry.untilWon(() -> once(departmentId, appealId, step, actor, requestId, planner));
        } catch (LostRace e) {
            throw ApiException.conflict("The appeal kept changing while this was saved; reload it and decide again.");
        }
    }

    /** One round: read, plan, and write conditionally; {@link LostRace} when another writer came first. */
    private Outcome once(String departmentId, UUID appealId, WorkflowStep step, Actor actor, UUID requestId,
                         Planner planner) {
        DepartmentAppeal appeal = appeals.find(appealId).filter(a -> a.assignedTo(departmentId))
                .orElseThrow(AppealIds::notInInbox);
        if (requestId != null && appeal.hasApplied(requestId)) {
            return alreadyDone(appeal, requestId);
        }
        Plan plan = planner.plan(appeal);
        Move move;
        try {
            move = workflow.step(appeal, step, plan.deadlines(), plan.promise(), actor, change -> {
                if (requestId != null) {
                    change.applied(requestId);
                }
                record(change, appealId, plan.answer());
            }).orElseThrow(() -> new LostRace("appeal " + appealId));
        } catch (IllegalTransitionException e) {
            throw ApiException.conflict("The appeal is " + appeal.state() + "; " + describe(step)
                    + " is not possible now.");
        }
        if (plan.answer() != null) {
            metrics.answered(plan.answer().kind(), departmentId);
        }
        log.info("appeal {} of {}: {} -> {} ({}) by {}", appealId, departmentId, move.from(), move.to(), step,
                actor.id());
        return new Outcome(appealId, move.to(), plan.answer());
    }

    /**
     * The outcome of a request this appeal applied before: its answer (if it gave one) and the appeal's state now,
     * which is the state the step left unless the appeal moved on since.
     */
    private static Outcome alreadyDone(DepartmentAppeal appeal, UUID requestId) {
        Answer answer = appeal.answers().stream().filter(a -> a.answerId().equals(requestId)).findFirst()
                .orElse(null);
        log.info("appeal {}: request {} was applied already, answered from what it stored", appeal.appealId(),
                requestId);
        return new Outcome(appeal.appealId(), appeal.state(), answer);
    }

    private static void record(AppealChange change, UUID appealId, Answer answer) {
        if (answer == null) {
            return;
        }
        change.addAnswer(answer);
        if (answer.review() == null) {
            change.publish(Topics.APPEALS_ANSWERED, answer.event(appealId));
        }
    }

    private Answer answer(DepartmentAppeal appeal, Given given, LocalDate promisedBy, Review review) {
        UUID answerId = given.requestId() == null ? UUID.randomUUID() : given.requestId();
        return Answer.create(answerId, given.kind(), given.text(), promisedBy, appeal.assignment(), review,
                workflow.now(), given.actor()).through(given.incident());
    }

    /**
     * An interim answer: the department reacted, and its promised date becomes a deadline (PROMISED) in place of
     * any earlier promise; a date after the legal term of a written appeal is refused (422).
     */
    private Plan promising(DepartmentAppeal appeal, Answer interim) {
        try {
            Promise promise = deadlines.promise(appeal.content(), appeal.assignment(), interim.promisedBy(), interim);
            return new Plan(interim, reacted(appeal), promise);
        } catch (PromiseBeyondLegalTerm e) {
            throw PromisedDateProblem.afterLegalTerm(e);
        }
    }

    private Deadlines reacted(DepartmentAppeal appeal) {
        return deadlines.afterReaction(appeal.content(), appeal.assignment(), appeal.deadlines(), workflow.now());
    }

    private static String describe(WorkflowStep step) {
        return switch (step) {
            case ACCEPT -> "accepting it";
            case ANSWER_INTERIM -> "an interim answer";
            case ASK_CLARIFICATION -> "a question to the resident";
            case SUBMIT_FOR_REVIEW, ANSWER_FINAL -> "a final answer";
            case REDIRECT -> "a redirect";
            default -> step.name();
        };
    }

    /** What the department said, who said it, in which request, and through which incident answer (or none). */
    private record Given(AnswerKind kind, String text, Actor actor, UUID requestId, IncidentMark incident) {
    }

    /** What one step adds: an answer, new deadlines and a new promise, any may be null. */
    private record Plan(Answer answer, Deadlines deadlines, Promise promise) {
    }

    @FunctionalInterface
    private interface Planner {
        Plan plan(DepartmentAppeal appeal);
    }

    /** The appeal's state after the step, and the answer it stored (null for an acceptance). */
    public record Outcome(UUID appealId, WorkflowState state, Answer answer) {
    }
}
