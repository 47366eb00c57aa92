package org.appeals.console.overdue;

import org.appeals.console.layout.WorkflowStateNames;

import org.appeals.console.platform.Json;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;
import org.appeals.console.layout.Deadline;
import org.appeals.console.layout.DeadlineKind;
import tools.jackson.databind.JsonNode;

/**
 * An overdue appeal ({@code GET /api/v1/overdue}: department-service's appeal view). Its lateness counts from the
 * earliest deadline it missed ({@code overdue[].dueAt}); the badge is red with how late it is.
 */
record OverdueRow(UUID appealId, String departmentId, String departmentName, String category, String municipality,
                  String state, String missed, Instant dueAt, Duration late, Deadline deadline, String excerpt) {

    /** Most late first; appeals without a known missed date last. */
    static final Comparator<OverdueRow> MOST_LATE_FIRST = Comparator.comparing(OverdueRow::late,
            Comparator.nullsLast(Comparator.reverseOrder()));

    private static final int EXCERPT = 120;

    static OverdueRow of(JsonNode appeal, Instant now) {
        JsonNode earliest = null;
        for (JsonNode flag : appeal.path("overdue")) {
            Instant due = Json.instant(flag, "dueAt");
            if (due != null && (earliest == null || due.isBefore(Json.instant(earliest, "dueAt")))) {
                earliest = flag;
            }
        }
        Instant dueAt = earliest == null ? Json.instant(appeal, "nextDueAt") : Json.instant(earliest, "dueAt");
        return new OverdueRow(UUID.fromString(appeal.path("appealId").asString()), Json.text(appeal, "departmentId"),
                Json.text(appeal, "departmentName"), Json.text(appeal.path("category"), "name"),
                Json.text(appeal.path("municipality"), "name"), WorkflowStateNames.name(Json.text(appeal, "state")),
                earliest == null ? "" : deadlineName(Json.text(earliest, "deadline")), dueAt,
                dueAt == null ? null : Duration.between(dueAt, now),
                Deadline.of(Json.instant(appeal, "assignedAt"), dueAt, now), excerpt(Json.text(appeal, "text")));
    }

    public String due() {
        return Deadline.format(dueAt);
    }

    private static String deadlineName(String kind) {
        return DeadlineKind.of(kind).map(DeadlineKind::shortName).orElse("срок");
    }

    private static String excerpt(String text) {
        String all = text == null ? "" : text.strip();
        return all.length() <= EXCERPT ? all : all.substring(0, EXCERPT).stripTrailing() + "…";
    }
}
