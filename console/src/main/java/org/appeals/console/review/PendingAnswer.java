package org.appeals.console.review;

import org.appeals.console.platform.Json;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** The final answer of an appeal that waits for the operators (its review PENDING), with the check's flags. */
record PendingAnswer(UUID answerId, String text, Instant answeredAt, String answeredBy, List<Flag> flags) {

    /** The answer in review among department-service's {@code answers} of one appeal, if there is one. */
    static Optional<PendingAnswer> in(JsonNode appeal) {
        PendingAnswer pending = null;
        for (JsonNode answer : appeal.path("answers")) {
            if ("PENDING".equals(Json.text(answer.path("review"), "status"))) {
                pending = of(answer); // the latest one counts; there is at most one in practice
            }
        }
        return Optional.ofNullable(pending);
    }

    private static PendingAnswer of(JsonNode answer) {
        List<Flag> flags = new ArrayList<>();
        answer.path("review").path("flags").forEach(flag -> flags.add(Flag.of(flag)));
        String id = Json.text(answer, "answerId");
        return new PendingAnswer(id == null ? null : UUID.fromString(id), Json.text(answer, "text"),
                Json.instant(answer, "answeredAt"), Json.text(answer.path("answeredBy"), "id"), List.copyOf(flags));
    }

    FlagHighlighter.Highlighted highlighted() {
        return FlagHighlighter.highlight(text, flags);
    }
}
