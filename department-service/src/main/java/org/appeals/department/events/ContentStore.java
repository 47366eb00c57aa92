package org.appeals.department.events;

import java.util.UUID;
import org.appeals.department.appeal.Content;

/** Where what the resident wrote is kept with the appeal. */
interface ContentStore {

    /** Stores what the resident wrote, creating the appeal if needed; false if this event was applied before. */
    boolean recordContent(UUID appealId, UUID eventId, Content content);
}
