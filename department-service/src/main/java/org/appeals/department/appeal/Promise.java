package org.appeals.department.appeal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.appeals.contracts.DeadlineKind;

/**
 * The date a department promised the final answer by in an interim answer, held as a deadline (PROMISED) until a
 * final answer ends it or a later interim answer replaces it.
 *
 * @param promisedBy the date the resident was told
 * @param dueAt the end of that day in the region's time zone, never after the appeal's legal term
 * @param answerId the interim answer that made the promise
 * @param givenAt when it was made: a PROMISED overdue flag raised since belongs to this promise
 */
public record Promise(LocalDate promisedBy, Instant dueAt, UUID answerId, Instant givenAt) {

    /** Whether {@code flag} is this promise's PROMISED flag, so it is flagged once and a new promise afresh. */
    public boolean flaggedBy(OverdueFlag flag) {
        return flag.deadline() == DeadlineKind.PROMISED && dueAt.equals(flag.dueAt())
                && !flag.flaggedAt().isBefore(givenAt);
    }
}
