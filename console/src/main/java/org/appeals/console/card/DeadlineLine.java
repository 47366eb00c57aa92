package org.appeals.console.card;

import org.appeals.console.platform.Json;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.appeals.console.layout.Deadline;
import tools.jackson.databind.JsonNode;

/**
 * One deadline of the department's term ({@code deadlines} of intake's view) with the time left as a badge while it
 * runs. Which deadline runs in which status follows the department's workflow (intake's {@code OpenWork}): the first
 * reaction until somebody reacts, the answer while the department owes it. The view gives instants, not working
 * hours, so the time left is calendar time, and the card says so.
 */
record DeadlineLine(String id, String label, String due, Deadline badge, boolean running) {

    private static final Set<String> AWAITS_FIRST_REACTION = Set.of("ASSIGNED", "REOPENED");
    private static final Set<String> OWES_ANSWER = Set.of("ASSIGNED", "IN_PROGRESS", "RETURNED_FOR_REWORK", "REOPENED");

    static List<DeadlineLine> of(JsonNode deadlines, String status, Instant termStart, Instant now) {
        List<DeadlineLine> lines = new ArrayList<>();
        add(lines, "deadline-first-reaction", "Первая реакция", Json.instant(deadlines.path("firstReactionDue")),
                AWAITS_FIRST_REACTION.contains(status), termStart, now);
        add(lines, "deadline-answer", "Ответ по существу", Json.instant(deadlines.path("answerDue")),
                OWES_ANSWER.contains(status), termStart, now);
        return lines;
    }

    private static void add(List<DeadlineLine> lines, String id, String label, Instant due, boolean running,
                            Instant termStart, Instant now) {
        if (due != null) {
            lines.add(new DeadlineLine(id, label, Deadline.format(due),
                    running ? Deadline.of(termStart, due, now) : null, running));
        }
    }
}
