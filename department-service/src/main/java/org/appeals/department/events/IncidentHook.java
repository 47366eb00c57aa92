package org.appeals.department.events;

import java.util.UUID;

/** Tells incident grouping that an appeal is now in a department's inbox (and its content may be known). */
public interface IncidentHook {

    void placed(UUID appealId);
}
