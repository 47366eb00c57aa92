package org.appeals.console.card;

import org.appeals.console.platform.Json;

import tools.jackson.databind.JsonNode;

/**
 * The resident's latest feedback on the final answer: the timeline's last {@code RESPONDED} step that carries a
 * rating or a "solved" (a reply to a question carries neither). Null when the resident gave none.
 */
record Feedback(Integer rating, Boolean solved, String text, String when) {

    static Feedback latest(JsonNode timeline) {
        Feedback latest = null;
        for (JsonNode entry : timeline) {
            boolean rated = entry.path("rating").isNumber() || entry.path("solved").isBoolean();
            if ("RESPONDED".equals(entry.path("type").asString("")) && rated) {
                latest = new Feedback(entry.path("rating").isNumber() ? entry.path("rating").asInt() : null,
                        entry.path("solved").isBoolean() ? entry.path("solved").asBoolean() : null,
                        Json.text(entry.path("text")),
                        TimelineStep.of(entry).when());
            }
        }
        return latest;
    }

    public String ratingText() {
        return rating == null ? "без оценки" : rating + " из 5";
    }

    public String solvedText() {
        if (solved == null) {
            return "не указал";
        }
        return solved ? "проблема решена" : "проблема не решена";
    }
}
