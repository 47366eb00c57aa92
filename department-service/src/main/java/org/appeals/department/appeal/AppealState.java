package org.appeals.department.appeal;

import static org.appeals.contracts.WorkflowStep.*;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.appeals.contracts.WorkflowState;
import org.appeals.contracts.WorkflowStep;

/**
 * Where an appeal stands in its department, and the one table of moves the workflow allows: a step either leads
 * from a state to exactly one next state, or it is refused. Every allowed move becomes an {@code appeals.workflow}
 * event; the names are those of {@link WorkflowState}.
 */
public enum AppealState {
    ASSIGNED,
    IN_PROGRESS,
    AWAITING_CLARIFICATION,
    IN_REVIEW,
    RETURNED_FOR_REWORK,
    ANSWERED,
    NOTIFIED,
    CLOSED,
    REDIRECTED,
    REOPENED;

    private static final Map<AppealState, Map<WorkflowStep, AppealState>> MOVES = new EnumMap<>(AppealState.class);

    static {
        // the department works the appeal: from a fresh, reopened, in-work or returned state alike
        for (AppealState working : new AppealState[] {ASSIGNED, IN_PROGRESS, RETURNED_FOR_REWORK, REOPENED}) {
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
        for (AppealState answered : new AppealState[] {ANSWERED, NOTIFIED}) {
            allow(answered, CONFIRM_SOLVED, CLOSED);
            allow(answered, REOPEN, REOPENED);
        }
        allow(NOTIFIED, CLOSE, CLOSED);
        // "not solved" after the appeal was closed for lack of feedback still counts
        allow(CLOSED, REOPEN, REOPENED);
    }

    private static void allow(AppealState from, WorkflowStep step, AppealState to) {
        MOVES.computeIfAbsent(from, s -> new EnumMap<>(WorkflowStep.class)).put(step, to);
    }

    /** The state {@code step} leads to from here, if the workflow allows it. */
    public Optional<AppealState> after(WorkflowStep step) {
        return Optional.ofNullable(MOVES.getOrDefault(this, Map.of()).get(step));
    }

    /** The state {@code step} leads to from here, else {@link IllegalTransitionException}. */
    public AppealState next(WorkflowStep step) {
        return after(step).orElseThrow(() -> new IllegalTransitionException(this, step));
    }

    public boolean allows(WorkflowStep step) {
        return after(step).isPresent();
    }

    /** Whether an assignment may place an appeal now in {@code current}; null means it is in no inbox yet. */
    public static boolean acceptsAssignment(AppealState current) {
        return current == null || current.allows(ASSIGN);
    }

    /** Whether the department still owes the resident a reaction or an answer in this state. */
    public boolean isOpen() {
        return this == ASSIGNED || this == IN_PROGRESS || this == RETURNED_FOR_REWORK || this == REOPENED
                || this == AWAITING_CLARIFICATION || this == IN_REVIEW;
    }

    /** Whether nobody has reacted yet since the appeal (re)entered the inbox: the first-reaction deadline runs. */
    public boolean awaitsFirstReaction() {
        return this == ASSIGNED || this == REOPENED;
    }

    /** Whether the final-answer deadline runs: the department holds the appeal and owes the answer. */
    public boolean owesAnswer() {
        return this == ASSIGNED || this == IN_PROGRESS || this == RETURNED_FOR_REWORK || this == REOPENED;
    }

    public WorkflowState toContract() {
        return WorkflowState.valueOf(name());
    }
}
