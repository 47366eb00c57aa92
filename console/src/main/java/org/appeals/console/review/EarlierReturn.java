package org.appeals.console.review;

import org.appeals.console.platform.Json;

import java.util.ArrayList;
import java.util.List;
import org.appeals.console.layout.Deadline;
import tools.jackson.databind.JsonNode;

/** An earlier final answer the operators returned, with their comment: the reviewer sees what was asked before. */
record EarlierReturn(String answeredAt, String text, String comment, String decidedBy, String decidedAt) {

    static List<EarlierReturn> in(JsonNode appeal) {
        List<EarlierReturn> returns = new ArrayList<>();
        for (JsonNode answer : appeal.path("answers")) {
            JsonNode review = answer.path("review");
            if ("RETURNED".equals(Json.text(review, "status"))) {
                returns.add(new EarlierReturn(Deadline.format(Json.instant(answer, "answeredAt")),
                        Json.text(answer, "text"), Json.text(review, "comment"),
                        Json.text(review.path("decidedBy"), "id"), Deadline.format(Json.instant(review, "decidedAt"))));
            }
        }
        return List.copyOf(returns);
    }
}
