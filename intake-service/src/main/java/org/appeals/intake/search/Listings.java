package org.appeals.intake.search;

import java.util.Optional;
import org.appeals.contracts.AppealAssigned;
import org.appeals.contracts.AppealReceived;
import org.appeals.contracts.RoutingOutcome;
import org.appeals.intake.appeal.AppealHistory;
import org.appeals.intake.appeal.AppealStatus;

/** Derives an appeal's listing from its whole history, so events that arrive late or twice still give the same one. */
final class Listings {

    private Listings() {
    }

    /** Empty until the registration itself is here: without it there is no text, channel or time to list. */
    static Optional<ListedAppeal> of(AppealHistory history) {
        AppealReceived received = history.received();
        if (received == null) {
            return Optional.empty();
        }
        AppealStatus status = history.status();
        Optional<AppealAssigned> placed = history.latestAssignment();
        return Optional.of(new ListedAppeal(history.appealId(), received.receivedAt(), status, received.channel(),
                placed.map(AppealAssigned::category).orElse(null),
                placed.map(AppealAssigned::municipality).orElse(null),
                departmentId(history, placed), placed.map(AppealAssigned::departmentName).orElse(null),
                SearchText.stems(received.text()), SearchText.excerpt(received.text(), received.author()),
                OpenWork.dueAt(status, history.deadlines().orElse(null)), OpenWork.overdue(status, history),
                history.timeline().size(), received.registrationNumber()));
    }

    /**
     * The department of the routing decision in force (none while in triage); before routing's decision reaches
     * intake, the department whose workflow already moved it.
     */
    private static String departmentId(AppealHistory history, Optional<AppealAssigned> placed) {
        if (placed.isPresent()) {
            return placed.get().outcome() == RoutingOutcome.TRIAGE ? null : placed.get().departmentId();
        }
        return history.workflowDepartment().orElse(null);
    }
}
