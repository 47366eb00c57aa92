package org.appeals.department.incident;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.appeals.contracts.Category;
import org.appeals.contracts.Municipality;

/** An incident as departments, operators and other features read it: its appeals, the earliest first. */
public record IncidentView(UUID incidentId, String departmentId, Category category, Municipality municipality,
                           Instant openedAt, Instant lastReportAt, List<MemberView> members) {

    /** One appeal of the incident. */
    public record MemberView(UUID appealId, Instant receivedAt) {
    }

    public List<UUID> appealIds() {
        return members.stream().map(MemberView::appealId).toList();
    }
}
