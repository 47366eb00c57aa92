package org.appeals.department.outbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.appeals.department.appeal.DepartmentAppeal;

/** The events waiting in the appeals' outboxes. */
interface OutboxStore {

    /** Drops an event from the appeal's outbox once the broker acknowledged it. */
    void published(UUID appealId, UUID eventId);

    /** Appeals with events created before {@code cutoff} still in their outbox. */
    List<DepartmentAppeal> withOutboxBefore(Instant cutoff, int limit);
}
