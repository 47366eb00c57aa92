package org.appeals.department.answer;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.appeals.contracts.Actor;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.AppealAnswered;
import org.appeals.contracts.Deadlines;
import org.appeals.contracts.Topics;
import org.appeals.contracts.WorkflowStep;
import org.appeals.department.appeal.AppealChange;
import org.appeals.department.appeal.AppealStore;
import org.appeals.department.appeal.Answer;
import org.appeals.department.appeal.DepartmentAppeal;
import org.appeals.department.appeal.Review;
import org.appeals.department.deadline.AppealDeadlines;
import org.appeals.department.review.ReviewPolicy;
import org.appeals.department.web.AppealIds;
import org.appeals.department.workflow.IllegalTransitionException;
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
    private static final int ATTEMPTS = 3;

    private final AppealStore store;
    private final Workflow workflow;
    private final AppealDeadlines deadlines;
    private final ReviewPolicy reviews;
    private final AnswerMetrics metrics;

    Answering(AppealStore store, Workflow workflow, AppealDeadlines deadlines, ReviewPolicy reviews,
              AnswerMetrics metrics) {
        this.store = store;
        this.workflow = workflow;
        this.deadlines = deadlines;
        this.reviews = reviews;
        this.metrics = metrics;
    }

    /** The department's person {@code actor} takes the appeal into work. */
    public Outcome accept(String departmentId, UUID appealId, Actor actor) {
        return attempt(departmentId, appealId, WorkflowStep.ACCEPT, actor, appeal -> new Plan(null, reacted(appeal)));
    }

    /**
     * A kind of answer given as text by the department's person {@code actor}: INTERIM (with {@code promisedBy}),
     * FINAL, CLARIFICATION or REDIRECT.
     */
    public Outcome answer(String departmentId, UUID appealId, AnswerKind kind, String text, LocalDate promisedBy,
                          Actor actor) {
        return switch (kind) {
            case INTERIM -> attempt(departmentId, appealId, WorkflowStep.ANSWER_INTERIM, actor,
                    appeal -> new Plan(answer(appeal, kind, text, promisedBy, null, actor), reacted(appeal)));
            case CLARIFICATION, REDIRECT -> attempt(departmentId, appealId,
                    kind == AnswerKind.REDIRECT ? WorkflowStep.REDIRECT : WorkflowStep.ASK_CLARIFICATION, actor,
                    appeal -> new Plan(answer(appeal, kind, text, null, null, actor), null));
            case FINAL -> finalAnswer(departmentId, appealId, text, actor);
        };
    }

    private Outcome finalAnswer(String departmentId, UUID appealId, String text, Actor actor) {
        Review review = reviews.reviewFor(departmentId, text);
        WorkflowStep step = review == null ? WorkflowStep.ANSWER_FINAL : WorkflowStep.SUBMIT_FOR_REVIEW;
        return attempt(departmentId, appealId, step, actor,
                appeal -> new Plan(answer(appeal, AnswerKind.FINAL, text, null, review, actor), null));
    }

    private Outcome attempt(String departmentId, UUID appealId, WorkflowStep step, Actor actor, Planner planner) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            DepartmentAppeal appeal = store.find(appealId).filter(a -> a.assignedTo(departmentId))
                    .orElseThrow(AppealIds::notInInbox);
            Plan plan = planner.plan(appeal);
            Optional<Move> move;
            try {
                move = workflow.step(appeal, step, plan.deadlines(), actor,
                        change -> record(change, appealId, plan.answer()));
            } catch (IllegalTransitionException e) {
                throw ApiException.conflict("The appeal is " + appeal.state() + "; " + describe(step)
                        + " is not possible now.");
            }
            if (move.isPresent()) {
                if (plan.answer() != null) {
                    metrics.answered(plan.answer().kind(), departmentId);
                }
                log.info("appeal {} of {}: {} -> {} ({}) by {}", appealId, departmentId, move.get().from(),
                        move.get().to(), step, actor.id());
                return new Outcome(appealId, move.get().to(), plan.answer());
            }
        }
        throw ApiException.conflict("The appeal kept changing while this was saved; reload it and decide again.");
    }

    private static void record(AppealChange change, UUID appealId, Answer answer) {
        if (answer == null) {
            return;
        }
        change.addAnswer(answer);
        if (answer.review() == null) {
            change.publish(Topics.APPEALS_ANSWERED, event(appealId, answer));
        }
    }

    private Answer answer(DepartmentAppeal appeal, AnswerKind kind, String text, LocalDate promisedBy,
                          Review review, Actor actor) {
        return Answer.create(kind, text, promisedBy, appeal.assignment(), review, workflow.now(), actor);
    }

    private Deadlines reacted(DepartmentAppeal appeal) {
        return deadlines.afterReaction(appeal.content(), appeal.assignment(), appeal.deadlines(), workflow.now());
    }

    /** The event that tells notification (and the rest) about an answer the resident may see. */
    public static AppealAnswered event(UUID appealId, Answer answer) {
        return new AppealAnswered(AppealAnswered.SCHEMA_VERSION, answer.eventId(), appealId, answer.answeredAt(),
                answer.answerId(), answer.departmentId(), answer.departmentName(), answer.kind(), answer.text(),
                answer.promisedBy(), answer.answeredBy());
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

    /** What one step adds: an answer and new deadlines, either may be null. */
    private record Plan(Answer answer, Deadlines deadlines) {
    }

    @FunctionalInterface
    private interface Planner {
        Plan plan(DepartmentAppeal appeal);
    }

    /** The appeal's state after the step, and the answer it stored (null for an acceptance). */
    public record Outcome(UUID appealId, org.appeals.department.workflow.AppealState state, Answer answer) {
    }
}
