package org.appeals.contracts;

import java.time.Instant;
import java.util.UUID;

/** A deadline of an appeal passed without the department meeting it; published once per deadline. */
public record AppealOverdue(
        int schemaVersion,
        UUID eventId,
        UUID appealId,
        Instant occurredAt,
        String departmentId,
        DeadlineKind deadline,
        Instant dueAt) implements AppealEvent {

    public static final int SCHEMA_VERSION = 1;
}
