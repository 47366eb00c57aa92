package org.appeals.console.inbox;

import java.time.Instant;
import org.appeals.console.layout.Deadline;

/**
 * One appeal in the inbox.
 *
 * @param dueAt the nearest running deadline (null: none runs), by which the inbox is ordered
 * @param deadline its badge, or null
 */
record InboxRow(String appealId, String state, String stateLabel, String category, String municipality,
                String excerpt, String received, Instant dueAt, Deadline deadline, boolean overdue) {
}
