package org.appeals.console.review;

import org.appeals.console.platform.Json;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.appeals.console.layout.Deadline;
import tools.jackson.databind.JsonNode;

/**
 * The appeal as intake tells it ({@code GET /api/v1/appeals/{id}}): the resident's text, where it stands, its
 * department and incident, and its timeline, oldest first.
 */
record AppealHistory(UUID appealId, String text, String received, String status, String departmentId,
                     String departmentName, String category, String municipality, UUID incidentId,
                     List<Entry> timeline) {

    /** One event of the timeline: when, intake's summary (Russian), and the text it carried, if any. */
    record Entry(String at, String summary, String text) {
    }

    static AppealHistory of(JsonNode appeal) {
        List<Entry> timeline = new ArrayList<>();
        appeal.path("timeline").forEach(entry -> timeline.add(new Entry(
                Deadline.format(Json.instant(entry, "occurredAt")), Json.text(entry, "summary"),
                Json.text(entry, "text"))));
        String incident = Json.text(appeal, "incidentId");
        return new AppealHistory(UUID.fromString(appeal.path("appealId").asString()), Json.text(appeal, "text"),
                Deadline.format(Json.instant(appeal, "receivedAt")), Json.text(appeal, "status"),
                Json.text(appeal.path("department"), "id"), Json.text(appeal.path("department"), "name"),
                Json.text(appeal.path("category"), "name"), Json.text(appeal.path("municipality"), "name"),
                incident == null ? null : UUID.fromString(incident), List.copyOf(timeline));
    }
}
