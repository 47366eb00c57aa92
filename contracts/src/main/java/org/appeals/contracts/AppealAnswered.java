package org.appeals.contracts;

import java.time.Instant;
import java.util.UUID;

/** A department answered an appeal (interim or final), or declined it as not its competence. */
public record AppealAnswered(
        int schemaVersion,
        UUID eventId,
        UUID appealId,
        Instant occurredAt,
        UUID answerId,
        String departmentId,
        String departmentName,
        AnswerKind kind,
        String text) implements AppealEvent {

    public static final int SCHEMA_VERSION = 1;

    /** Leaves out the answer text, which may name the resident or other people. */
    @Override
    public String toString() {
        return "AppealAnswered[eventId=" + eventId + ", appealId=" + appealId + ", kind=" + kind
                + ", departmentId=" + departmentId + "]";
    }
}
