package org.appeals.routing.triage;

import java.util.UUID;
import org.appeals.contracts.Category;
import org.appeals.contracts.Municipality;
import org.appeals.routing.assignment.Decision;

/** The answer to an operator's placement: the decision and the event id it is published under. */
record PlacedAppeal(UUID appealId, UUID eventId, Category category, Municipality municipality, String departmentId,
                    String departmentName) {

    static PlacedAppeal of(UUID appealId, Decision decision) {
        return new PlacedAppeal(appealId, decision.eventId(), decision.category(), decision.municipality(),
                decision.departmentId(), decision.departmentName());
    }
}
