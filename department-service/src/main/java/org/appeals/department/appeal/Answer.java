package org.appeals.department.appeal;

import java.time.Instant;
import java.util.UUID;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.Masking;

/**
 * An answer of a department, kept with the id of the event that announces it, so that a republished event is the
 * same event. {@code published} is the outbox flag: false until the broker acknowledged that event.
 */
public record Answer(
        UUID answerId,
        UUID eventId,
        AnswerKind kind,
        String text,
        String departmentId,
        String departmentName,
        Instant answeredAt,
        boolean published) {

    /** A new, not yet published answer by the department the appeal is assigned to. */
    public static Answer create(AnswerKind kind, String text, Assignment by, Instant now) {
        return new Answer(UUID.randomUUID(), UUID.randomUUID(), kind, text, by.departmentId(), by.departmentName(),
                now, false);
    }

    @Override
    public String toString() {
        return "Answer[answerId=" + answerId + ", kind=" + kind + ", text=" + Masking.mask(text)
                + ", departmentId=" + departmentId + ", published=" + published + "]";
    }
}
