package org.appeals.console.inbox;

import java.time.Instant;
import org.appeals.console.layout.Deadline;

/**
 * One deadline of an appeal as the department reads it.
 *
 * @param id {@code first-reaction} or {@code answer} (element ids)
 * @param start when the term began, as far as the API tells it (for the amber "under a quarter left")
 * @param running whether this deadline runs in the appeal's present state
 * @param flaggedOverdue whether the platform has recorded it as missed
 */
record Term(String id, String label, Instant start, Instant due, boolean running, boolean flaggedOverdue) {

    /** The badge while the term runs; none once it no longer applies. */
    Deadline badge(Instant now) {
        return running ? Deadline.of(start, due, now) : null;
    }

    String dueText() {
        return Deadline.format(due);
    }
}
