package org.appeals.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A department answered an appeal (interim or final), asked the resident a question, or declined the appeal as not
 * its competence. Final answers are published only once the centre's operators approved them (where review applies).
 *
 * @param promisedBy for an interim answer, the date by which the department promises the final one; else null
 * @param actor the department's person (or system) who wrote the answer; null in records written before answers
 *              carried one, which reads as "unknown"
 */
public record AppealAnswered(
        int schemaVersion,
        UUID eventId,
        UUID appealId,
        Instant occurredAt,
        UUID answerId,
        String departmentId,
        String departmentName,
        AnswerKind kind,
        String text,
        LocalDate promisedBy,
        Actor actor) implements AppealEvent {

    public static final int SCHEMA_VERSION = 1;

    /** An answer whose author is not known: kept so producers written before actors existed compile unchanged. */
    public AppealAnswered(int schemaVersion, UUID eventId, UUID appealId, Instant occurredAt, UUID answerId,
                          String departmentId, String departmentName, AnswerKind kind, String text,
                          LocalDate promisedBy) {
        this(schemaVersion, eventId, appealId, occurredAt, answerId, departmentId, departmentName, kind, text,
                promisedBy, null);
    }

    /** Leaves out the answer text, which may name the resident or other people. */
    @Override
    public String toString() {
        return "AppealAnswered[eventId=" + eventId + ", appealId=" + appealId + ", kind=" + kind
                + ", departmentId=" + departmentId + "]";
    }
}
