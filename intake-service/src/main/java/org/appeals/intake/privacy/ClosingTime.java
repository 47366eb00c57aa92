package org.appeals.intake.privacy;

import java.time.Instant;
import java.util.Optional;
import org.appeals.contracts.AppealEvent;
import org.appeals.contracts.AppealStateChanged;
import org.appeals.contracts.WorkflowState;
import org.appeals.intake.appeal.AppealHistory;
import org.appeals.intake.appeal.AppealStatus;

/** When an appeal was closed: the department's last move to CLOSED, while the appeal is still closed. */
final class ClosingTime {

    private ClosingTime() {
    }

    /** Empty for an appeal that is not closed now (a reopened one among them). */
    static Optional<Instant> of(AppealHistory history) {
        if (history.status() != AppealStatus.CLOSED) {
            return Optional.empty();
        }
        Instant closed = null;
        for (AppealEvent event : history.events()) {
            if (event instanceof AppealStateChanged changed && changed.to() == WorkflowState.CLOSED) {
                closed = changed.occurredAt();
            }
        }
        return Optional.ofNullable(closed);
    }
}
