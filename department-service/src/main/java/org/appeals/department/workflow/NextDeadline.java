package org.appeals.department.workflow;

import java.time.Instant;
import java.util.List;
import org.appeals.contracts.DeadlineKind;
import org.appeals.contracts.Deadlines;
import org.appeals.contracts.WorkflowState;
import org.appeals.department.appeal.OverdueFlag;
import org.appeals.department.appeal.StateMachine;

/** The earliest deadline that still runs in a state and has not been flagged overdue yet; null when none does. */
public final class NextDeadline {

    private NextDeadline() {
    }

    public static Instant of(WorkflowState state, Deadlines deadlines, List<OverdueFlag> flagged) {
        if (state == null || deadlines == null) {
            return null;
        }
        Instant next = null;
        if (StateMachine.awaitsFirstReaction(state) && !flagged(flagged, DeadlineKind.FIRST_REACTION)) {
            next = deadlines.firstReactionDue();
        }
        if (StateMachine.owesAnswer(state) && !flagged(flagged, DeadlineKind.ANSWER) && deadlines.answerDue() != null
                && (next == null || deadlines.answerDue().isBefore(next))) {
            next = deadlines.answerDue();
        }
        return next;
    }

    /** The deadlines running in this state that passed by {@code now} and are not flagged yet. */
    public static List<DeadlineKind> passed(WorkflowState state, Deadlines deadlines, List<OverdueFlag> flagged,
                                            Instant now) {
        if (state == null || deadlines == null) {
            return List.of();
        }
        var passed = new java.util.ArrayList<DeadlineKind>();
        if (StateMachine.awaitsFirstReaction(state) && before(deadlines.firstReactionDue(), now)
                && !flagged(flagged, DeadlineKind.FIRST_REACTION)) {
            passed.add(DeadlineKind.FIRST_REACTION);
        }
        if (StateMachine.owesAnswer(state) && before(deadlines.answerDue(), now) && !flagged(flagged, DeadlineKind.ANSWER)) {
            passed.add(DeadlineKind.ANSWER);
        }
        return passed;
    }

    public static Instant dueAt(Deadlines deadlines, DeadlineKind kind) {
        return kind == DeadlineKind.FIRST_REACTION ? deadlines.firstReactionDue() : deadlines.answerDue();
    }

    private static boolean before(Instant due, Instant now) {
        return due != null && due.isBefore(now);
    }

    private static boolean flagged(List<OverdueFlag> flags, DeadlineKind kind) {
        return flags.stream().anyMatch(f -> f.deadline() == kind);
    }
}
