package org.appeals.intake.view;

import java.util.Objects;
import org.appeals.contracts.AppealAssigned;
import org.appeals.contracts.AppealOverdue;
import org.appeals.contracts.AppealReceived;
import org.appeals.intake.appeal.AppealHistory;
import org.appeals.intake.view.AppealView.AuthorView;
import org.appeals.intake.view.AppealView.DepartmentRef;
import org.appeals.intake.view.AppealView.OverdueFlag;

/** Builds the view of an appeal for a caller: placement from the routing decision in force, personal data for staff. */
final class AppealViews {

    /** Stand-ins for "not registered here" and "not placed yet": every field null. */
    private static final AppealReceived NOT_RECEIVED =
            new AppealReceived(0, null, null, null, null, null, null, null, null, null, null, null);
    private static final AppealAssigned NOT_ASSIGNED =
            new AppealAssigned(0, null, null, null, null, null, null, null, null, null, null, null);

    private AppealViews() {
    }

    static AppealView of(AppealHistory history, boolean staff) {
        AppealReceived received = Objects.requireNonNullElse(history.received(), NOT_RECEIVED);
        AppealAssigned assignment = history.latestAssignment().orElse(NOT_ASSIGNED);
        return new AppealView(history.appealId(), received.registrationNumber(), received.channel(),
                received.externalId(), history.status(),
                CodeNames.category(assignment.category()),
                CodeNames.municipality(assignment.municipality()),
                department(assignment, history),
                history.deadlines().orElse(null),
                history.overdue().stream().map(AppealViews::overdue).toList(),
                history.incidentId().orElse(null),
                assignment.reason(),
                received.receivedAt(),
                received.text(),
                author(received, staff),
                staff ? received.location() : null,
                staff ? received.attachments() : null,
                history.timeline().stream().map(event -> TimelineEntries.of(event, staff)).toList());
    }

    private static OverdueFlag overdue(AppealOverdue overdue) {
        return new OverdueFlag(overdue.deadline(), overdue.dueAt(), overdue.occurredAt(), overdue.departmentId());
    }

    /**
     * Routing's decision names the department; the department's own first move may reach intake before it (another
     * topic), and then at least its id is known.
     */
    private static DepartmentRef department(AppealAssigned assignment, AppealHistory history) {
        if (assignment.departmentId() != null) {
            return new DepartmentRef(assignment.departmentId(), assignment.departmentName());
        }
        return history.workflowDepartment().map(id -> new DepartmentRef(id, null)).orElse(null);
    }

    private static AuthorView author(AppealReceived received, boolean staff) {
        if (received.author() == null) {
            return null;
        }
        return staff
                ? new AuthorView(received.author().id(), received.author().name(), received.author().contact())
                : new AuthorView(received.author().id(), null, null);
    }
}
