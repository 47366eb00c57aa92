package org.appeals.department.appeal;

import java.util.Objects;
import java.util.UUID;

/**
 * Which incident answer an appeal's answer was given through: every member appeal answered by one incident answer
 * carries the same mark, so the operators review that answer once for all of them.
 *
 * @param incidentId the incident the department answered
 * @param incidentAnswerId that one answer to the incident, the same on every member's answer
 */
public record IncidentMark(UUID incidentId, UUID incidentAnswerId) {

    public IncidentMark {
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(incidentAnswerId, "incidentAnswerId");
    }
}
