package org.appeals.intake.search;

import static org.appeals.intake.appeal.AppealStatus.ASSIGNED;
import static org.appeals.intake.appeal.AppealStatus.AWAITING_CLARIFICATION;
import static org.appeals.intake.appeal.AppealStatus.IN_PROGRESS;
import static org.appeals.intake.appeal.AppealStatus.IN_REVIEW;
import static org.appeals.intake.appeal.AppealStatus.REOPENED;
import static org.appeals.intake.appeal.AppealStatus.RETURNED_FOR_REWORK;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.appeals.contracts.AppealAssigned;
import org.appeals.contracts.AppealEvent;
import org.appeals.contracts.AppealOverdue;
import org.appeals.contracts.AppealStateChanged;
import org.appeals.contracts.Deadlines;
import org.appeals.contracts.WorkflowState;
import org.appeals.intake.appeal.AppealHistory;
import org.appeals.intake.appeal.AppealStatus;

/**
 * Which deadlines run in which status, as the department's workflow counts them (its {@code StateMachine}): the
 * first reaction is due while nobody has reacted since the appeal (re)entered the inbox, the answer while the
 * department holds the appeal and owes it.
 */
final class OpenWork {

    /** The department still owes the resident a reaction or an answer. */
    private static final Set<AppealStatus> OPEN =
            EnumSet.of(ASSIGNED, IN_PROGRESS, AWAITING_CLARIFICATION, IN_REVIEW, RETURNED_FOR_REWORK, REOPENED);
    private static final Set<AppealStatus> AWAITS_FIRST_REACTION = EnumSet.of(ASSIGNED, REOPENED);
    private static final Set<AppealStatus> OWES_ANSWER =
            EnumSet.of(ASSIGNED, IN_PROGRESS, RETURNED_FOR_REWORK, REOPENED);

    private OpenWork() {
    }

    /** The earliest deadline running in {@code status}, met or not; null when none runs or none is known. */
    static Instant dueAt(AppealStatus status, Deadlines deadlines) {
        if (deadlines == null) {
            return null;
        }
        Instant due = AWAITS_FIRST_REACTION.contains(status) ? deadlines.firstReactionDue() : null;
        Instant answerDue = OWES_ANSWER.contains(status) ? deadlines.answerDue() : null;
        if (due == null || answerDue != null && answerDue.isBefore(due)) {
            due = answerDue;
        }
        return due;
    }

    /**
     * Open, and the department flagged a missed deadline since the appeal last entered an inbox (a placement or a
     * reopening starts a new round with new deadlines, as the department's own overdue list counts them).
     */
    static boolean overdue(AppealStatus status, AppealHistory history) {
        boolean flagged = false;
        for (AppealEvent event : history.events()) {
            if (event instanceof AppealOverdue) {
                flagged = true;
            } else if (event instanceof AppealAssigned || event instanceof AppealStateChanged changed
                    && (changed.to() == WorkflowState.ASSIGNED || changed.to() == WorkflowState.REOPENED)) {
                flagged = false;
            }
        }
        return flagged && OPEN.contains(status);
    }
}
