package org.appeals.department.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.appeals.contracts.DeadlineKind;
import org.appeals.contracts.Deadlines;
import org.appeals.contracts.WorkflowState;
import org.appeals.department.appeal.OverdueFlag;
import org.appeals.department.appeal.Promise;
import org.appeals.department.appeal.StateMachine;

/**
 * The deadlines that run in a state and have not been flagged overdue yet: the first reaction, the final answer,
 * and the date promised in an interim answer, which runs while the final answer is owed. A promise is flagged once;
 * a later promise (another date) runs afresh.
 */
public final class NextDeadline {

    private NextDeadline() {
    }

    /** The earliest of them; null when none runs. */
    public static Instant of(WorkflowState state, Deadlines deadlines, Promise promise, List<OverdueFlag> flagged) {
        Instant next = null;
        for (DeadlineKind kind : running(state, deadlines, promise, flagged)) {
            Instant due = dueAt(deadlines, promise, kind);
            if (next == null || due.isBefore(next)) {
                next = due;
            }
        }
        return next;
    }

    /** Those that passed by {@code now}. */
    public static List<DeadlineKind> passed(WorkflowState state, Deadlines deadlines, Promise promise,
                                            List<OverdueFlag> flagged, Instant now) {
        return running(state, deadlines, promise, flagged).stream()
                .filter(kind -> dueAt(deadlines, promise, kind).isBefore(now)).toList();
    }

    /** When the deadline of this kind is due; null when the appeal has none such. */
    public static Instant dueAt(Deadlines deadlines, Promise promise, DeadlineKind kind) {
        return switch (kind) {
            case FIRST_REACTION -> deadlines == null ? null : deadlines.firstReactionDue();
            case ANSWER -> deadlines == null ? null : deadlines.answerDue();
            case PROMISED -> promise == null ? null : promise.dueAt();
        };
    }

    /** The kinds that run in {@code state}, have a due time and are not flagged yet, in the contract's order. */
    private static List<DeadlineKind> running(WorkflowState state, Deadlines deadlines, Promise promise,
                                              List<OverdueFlag> flagged) {
        List<DeadlineKind> running = new ArrayList<>();
        if (state == null || deadlines == null) {
            return running;
        }
        if (StateMachine.awaitsFirstReaction(state) && deadlines.firstReactionDue() != null
                && !flagged(flagged, DeadlineKind.FIRST_REACTION)) {
            running.add(DeadlineKind.FIRST_REACTION);
        }
        if (StateMachine.owesAnswer(state) && deadlines.answerDue() != null && !flagged(flagged, DeadlineKind.ANSWER)) {
            running.add(DeadlineKind.ANSWER);
        }
        if (StateMachine.owesAnswer(state) && promise != null && flagged.stream().noneMatch(promise::flaggedBy)) {
            running.add(DeadlineKind.PROMISED);
        }
        return running;
    }

    private static boolean flagged(List<OverdueFlag> flags, DeadlineKind kind) {
        return flags.stream().anyMatch(f -> f.deadline() == kind);
    }
}
