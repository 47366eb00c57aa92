package org.appeals.department.workflow;

import java.util.Optional;
import java.util.UUID;

/** Which incident an appeal belongs to, so that every workflow event can say so. */
public interface IncidentLookup {

    Optional<UUID> incidentOf(UUID appealId);
}
