package org.appeals.console.inbox;

import org.appeals.console.platform.Json;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.appeals.console.layout.Deadline;
import tools.jackson.databind.JsonNode;

/** department-service's inbox page ({@code {departmentId, items: [AppealView]}}) as rows, nearest deadline first. */
final class InboxRows {

    static final int EXCERPT_LENGTH = 160;

    private InboxRows() {
    }

    static List<InboxRow> of(JsonNode page, Instant now) {
        // the service orders by its nextDueAt, which leaves out deadlines already flagged as missed; here a missed
        // deadline is the most pressing one, so the page orders by the deadline it shows
        return Json.items(page, "items").stream().map(item -> row(item, now))
                .sorted(Comparator.comparing(InboxRow::dueAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    static InboxRow row(JsonNode item, Instant now) {
        Optional<Term> nearest = Terms.nearest(Terms.of(item));
        String state = Json.text(item, "state");
        return new InboxRow(Json.text(item, "appealId"), state, WorkflowStates.label(state),
                Json.text(item.path("category"), "name"), Json.text(item.path("municipality"), "name"),
                excerpt(Json.text(item, "text")), Deadline.format(Json.instant(item, "receivedAt")),
                nearest.map(Term::due).orElse(null), nearest.map(term -> term.badge(now)).orElse(null),
                !item.path("overdue").isEmpty());
    }

    static String excerpt(String text) {
        if (text == null) {
            return "Текст ещё не получен";
        }
        String oneLine = text.strip().replaceAll("\\s+", " ");
        int end = oneLine.offsetByCodePoints(0, Math.min(EXCERPT_LENGTH, oneLine.codePointCount(0, oneLine.length())));
        return end < oneLine.length() ? oneLine.substring(0, end) + "…" : oneLine;
    }
}
