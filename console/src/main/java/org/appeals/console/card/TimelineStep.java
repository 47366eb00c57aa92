package org.appeals.console.card;

import org.appeals.console.platform.Json;

import java.time.Instant;
import org.appeals.console.layout.Deadline;
import tools.jackson.databind.JsonNode;

/**
 * One step of the appeal's life ({@code timeline[]} of intake's view): when, what (intake's Russian summary), who
 * did it, and the words of an answer or of the resident's reply when the step has them.
 */
record TimelineStep(String type, Instant at, String when, String summary, String actor, String text) {

    static TimelineStep of(JsonNode entry) {
        Instant at = Json.instant(entry.path("occurredAt"));
        JsonNode actor = entry.path("actor");
        String who = actor.isObject()
                ? Names.actor(Json.text(actor.path("id")), Json.text(actor.path("role"))) : "";
        return new TimelineStep(entry.path("type").asString(""), at, Deadline.format(at),
                entry.path("summary").asString(""), who, Json.text(entry.path("text")));
    }
}
