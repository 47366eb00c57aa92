package org.appeals.department.appeal;

import static org.appeals.contracts.WorkflowState.*;
import static org.appeals.contracts.WorkflowStep.*;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.appeals.contracts.WorkflowState;
import org.appeals.contracts.WorkflowStep;

/**
 * The one table of moves the department workflow allows over the states of the contract ({@link WorkflowState}):
 * a step either leads from a state to exactly one next state, or it is refused. Every allowed move becomes an
 * {@code appeals.workflow} event.
 */
public final class StateMachine {

    private static final Map<WorkflowState, Map<WorkflowStep, WorkflowState>> MOVES =
            new EnumMap<>(WorkflowState.class);

    static {
        // the department works the appeal: from a fresh, reopened, in-work or returned state alike
        for (WorkflowState working : new WorkflowState[] {ASSIGNED, IN_PROGRESS, RETURNED_FOR_REWORK, REOPENED}) {
            allow(working, ANSWER_INTERIM, IN_PROGRESS);
            allow(working, ASK_CLARIFICATION, AWAITING_CLARIFICATION);
            allow(working, SUBMIT_FOR_REVIEW, IN_REVIEW);
            allow(working, ANSWER_FINAL, ANSWERED);
            allow(working, REDIRECT, REDIRECTED);
        }
        allow(ASSIGNED, ACCEPT, IN_PROGRESS);
        allow(REOPENED, ACCEPT, IN_PROGRESS);
        allow(RETURNED_FOR_REWORK, ACCEPT, IN_PROGRESS);
        // routing (or an operator) moving the appeal to another department before anyone reacted
        allow(ASSIGNED, ASSIGN, ASSIGNED);
        allow(REDIRECTED, ASSIGN, ASSIGNED);

        allow(AWAITING_CLARIFICATION, RECEIVE_CLARIFICATION, IN_PROGRESS);
        allow(AWAITING_CLARIFICATION, SUBMIT_FOR_REVIEW, IN_REVIEW);
        allow(AWAITING_CLARIFICATION, ANSWER_FINAL, ANSWERED);
        allow(AWAITING_CLARIFICATION, REDIRECT, REDIRECTED);

        allow(IN_REVIEW, APPROVE, ANSWERED);
        allow(IN_REVIEW, RETURN_FOR_REWORK, RETURNED_FOR_REWORK);

        allow(ANSWERED, NOTIFY, NOTIFIED);
        for (WorkflowState answered : new WorkflowState[] {ANSWERED, NOTIFIED}) {
            allow(answered, CONFIRM_SOLVED, CLOSED);
            allow(answered, REOPEN, REOPENED);
        }
        allow(NOTIFIED, CLOSE, CLOSED);
        // "not solved" after the appeal was closed for lack of feedback still counts
        allow(CLOSED, REOPEN, REOPENED);
    }

    private static void allow(WorkflowState from, WorkflowStep step, WorkflowState to) {
        MOVES.computeIfAbsent(from, s -> new EnumMap<>(WorkflowStep.class)).put(step, to);
    }

    /** The state {@code step} leads to from {@code state}, if the workflow allows it. */
    public static Optional<WorkflowState> after(WorkflowState state, WorkflowStep step) {
        return Optional.ofNullable(MOVES.getOrDefault(state, Map.of()).get(step));
    }

    /** The state {@code step} leads to from {@code state}, else {@link IllegalTransitionException}. */
    public static WorkflowState next(WorkflowState state, WorkflowStep step) {
        return after(state, step).orElseThrow(() -> new IllegalTransitionException(state, step));
    }

    public static boolean allows(WorkflowState state, WorkflowStep step) {
        return after(state, step).isPresent();
    }

    /** Whether an assignment may place an appeal now in {@code current}; null means it is in no inbox yet. */
    public static boolean acceptsAssignment(WorkflowState current) {
        return current == null || allows(current, ASSIGN);
    }

    /** Whether the department still owes the resident a reaction or an answer in this state. */
    public static boolean isOpen(WorkflowState state) {
        return state == ASSIGNED || state == IN_PROGRESS || state == RETURNED_FOR_REWORK || state == REOPENED
                || state == AWAITING_CLARIFICATION || state == IN_REVIEW;
    }

    /** Whether nobody has reacted yet since the appeal (re)entered the inbox: the first-reaction deadline runs. */
    public static boolean awaitsFirstReaction(WorkflowState state) {
        return state == ASSIGNED || state == REOPENED;
    }

    /** Whether the final-answer deadline runs: the department holds the appeal and owes the answer. */
    public static boolean owesAnswer(WorkflowState state) {
        return state == ASSIGNED || state == IN_PROGRESS || state == RETURNED_FOR_REWORK || state == REOPENED;
    }

    /**
     * Whether the step ends a promise made in an interim answer: the final answer keeps it (or breaks it, late),
     * a redirect hands the appeal on, a new round (assignment, reopening) starts with no promise.
     */
    public static boolean endsPromise(WorkflowStep step) {
        return step == ANSWER_FINAL || step == SUBMIT_FOR_REVIEW || step == REDIRECT || step == ASSIGN
                || step == REOPEN;
    }

    private StateMachine() {
    }
}
