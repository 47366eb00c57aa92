package org.appeals.department.workflow;

import java.util.EnumSet;
import java.util.Set;
import org.appeals.contracts.AnswerKind;

/** Where an appeal stands in its department, with the moves the workflow allows out of each state. */
public enum AppealState {
    /** In the department's inbox, nothing answered yet. */
    ASSIGNED,
    /** An interim answer went out; the final one is due. */
    IN_PROGRESS,
    /** The final answer went out. */
    ANSWERED,
    /** The final answer reached the resident. */
    NOTIFIED,
    /** The department declined it as not its competence; routing places it again. */
    REDIRECTED;

    /** Whether the workflow allows going from this state to {@code next}. */
    public boolean canMoveTo(AppealState next) {
        return successors().contains(next);
    }

    /** {@code next} if the workflow allows it, else {@link IllegalTransitionException}. */
    public AppealState moveTo(AppealState next) {
        if (!canMoveTo(next)) {
            throw new IllegalTransitionException(this, next);
        }
        return next;
    }

    /** Whether an assignment may place an appeal now in {@code current}; null means it is in no inbox yet. */
    public static boolean acceptsAssignment(AppealState current) {
        return current == null || current.canMoveTo(ASSIGNED);
    }

    /** The state an answer of this kind leads to. */
    public static AppealState after(AnswerKind kind) {
        return switch (kind) {
            case INTERIM -> IN_PROGRESS;
            case FINAL -> ANSWERED;
            case REDIRECT -> REDIRECTED;
        };
    }

    private Set<AppealState> successors() {
        return switch (this) {
            // ASSIGNED -> ASSIGNED: routing (or an operator) moving the appeal to another department before any answer
            case ASSIGNED -> EnumSet.of(ASSIGNED, IN_PROGRESS, ANSWERED, REDIRECTED);
            case IN_PROGRESS -> EnumSet.of(ANSWERED, REDIRECTED);
            case ANSWERED -> EnumSet.of(NOTIFIED);
            case NOTIFIED -> EnumSet.noneOf(AppealState.class);
            case REDIRECTED -> EnumSet.of(ASSIGNED);
        };
    }
}
