package org.appeals.console.review;

import org.appeals.console.platform.Json;

import java.util.UUID;
import org.appeals.console.layout.Deadline;
import tools.jackson.databind.JsonNode;

/** One appeal of the review queue ({@code GET /api/v1/reviews}: department-service's appeal view). */
record ReviewItem(UUID appealId, String departmentId, String departmentName, String category,
                  String municipality, String text, PendingAnswer answer, UUID incidentId, String incidentAnswerId) {

    private static final int EXCERPT = 140;

    static ReviewItem of(JsonNode appeal) {
        return new ReviewItem(UUID.fromString(appeal.path("appealId").asString()), Json.text(appeal, "departmentId"),
                Json.text(appeal, "departmentName"), Json.text(appeal.path("category"), "name"),
                Json.text(appeal.path("municipality"), "name"), Json.text(appeal, "text"),
                PendingAnswer.in(appeal).orElse(null), incident(appeal), Json.text(appeal, "incidentAnswerId"));
    }

    /** The incident whose answer this is ({@code incidentId} with an {@code incidentAnswerId}), or null. */
    private static UUID incident(JsonNode appeal) {
        String incident = Json.text(appeal, "incidentId");
        return incident == null || Json.text(appeal, "incidentAnswerId") == null ? null : UUID.fromString(incident);
    }

    /** An incident's answer, decided once for every appeal it went to. */
    public boolean incidentAnswer() {
        return incidentId != null && incidentAnswerId != null;
    }

    /** The answer's text, or "" when the appeal no longer has one in review. */
    public String answerText() {
        return answer == null || answer.text() == null ? "" : answer.text();
    }

    public int flagCount() {
        return answer == null ? 0 : answer.flags().size();
    }

    public String answered() {
        return answer == null ? "" : Deadline.format(answer.answeredAt());
    }

    public String answerExcerpt() {
        String all = answerText().strip();
        return all.length() <= EXCERPT ? all : all.substring(0, EXCERPT).stripTrailing() + "…";
    }
}
