package org.appeals.department.appeal;

import java.time.Instant;
import org.appeals.contracts.AppealAssigned;
import org.appeals.contracts.Category;
import org.appeals.contracts.Deadlines;
import org.appeals.contracts.Municipality;
import org.appeals.contracts.RoutingReason;

/** Which department routing placed the appeal with, why, and by when it must react and answer. */
public record Assignment(
        String departmentId,
        String departmentName,
        Category category,
        Municipality municipality,
        RoutingReason reason,
        Deadlines deadlines,
        Instant assignedAt) {

    /** The department-side facts of a routing decision. */
    public static Assignment of(AppealAssigned event) {
        return new Assignment(event.departmentId(), event.departmentName(), event.category(), event.municipality(),
                event.reason(), event.deadlines(), event.occurredAt());
    }
}
