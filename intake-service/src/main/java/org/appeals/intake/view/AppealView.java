package org.appeals.intake.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.appeals.contracts.Channel;
import org.appeals.contracts.DeadlineKind;
import org.appeals.contracts.Deadlines;
import org.appeals.contracts.Location;
import org.appeals.contracts.RoutingReason;
import org.appeals.intake.appeal.AppealStatus;

/**
 * An appeal as {@code GET /api/v1/appeals/{id}} shows it. Placement fields are null until routing decided;
 * {@code deadlines} are those in force (the department's once its workflow sets them), {@code overdue} the deadlines
 * it missed, {@code registrationNumber} null for appeals registered before numbers existed, {@code incidentId} there only when the department grouped the appeal into an incident;
 * the author's name and contact, the location and the attachments are there for staff only.
 */
record AppealView(
        UUID appealId,
        String registrationNumber,
        Channel channel,
        String externalId,
        AppealStatus status,
        CodeName category,
        CodeName municipality,
        DepartmentRef department,
        Deadlines deadlines,
        List<OverdueFlag> overdue,
        @JsonInclude(JsonInclude.Include.NON_NULL) UUID incidentId,
        RoutingReason routingReason,
        Instant receivedAt,
        String text,
        @JsonInclude(JsonInclude.Include.NON_NULL) AuthorView author,
        @JsonInclude(JsonInclude.Include.NON_NULL) Location location,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> attachments,
        List<TimelineEntry> timeline) {

    /** A taxonomy code with its Russian name. */
    record CodeName(String code, String name) {
    }

    record DepartmentRef(String id, String name) {
    }

    /** A deadline the department missed, and when the platform flagged it. */
    record OverdueFlag(DeadlineKind deadline, Instant dueAt, Instant flaggedAt, String departmentId) {
    }

    /** Name and contact are null (and left out) unless the caller is staff. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AuthorView(String id, String name, String contact) {
    }
}
