package org.appeals.console.inbox;

import java.time.Instant;

/** One step in the appeal's history with the department: an answer, a question, a reply of the resident. */
record HistoryEntry(Instant at, String when, String title, String text, String note) {
}
