package org.appeals.console.card;

import org.appeals.console.platform.Json;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Where routing placed the appeal and why ({@code category}, {@code municipality}, {@code department} and
 * {@code routingReason} of intake's view); names are null until routing has decided.
 */
record Routing(String category, String municipality, String departmentId, String departmentName, String explanation,
               String ruleId, List<String> matchedTerms, String confidence) {

    static Routing of(JsonNode view) {
        JsonNode reason = view.path("routingReason");
        List<String> terms = new ArrayList<>();
        reason.path("matchedTerms").forEach(term -> terms.add(term.asString()));
        String departmentId = Json.text(view.path("department").path("id"));
        String departmentName = Json.text(view.path("department").path("name"));
        return new Routing(Json.text(view.path("category").path("name")),
                Json.text(view.path("municipality").path("name")), departmentId,
                departmentName == null ? departmentId : departmentName,
                Json.text(reason.path("explanation")), Json.text(reason.path("ruleId")),
                List.copyOf(terms), confidence(reason.path("confidence")));
    }

    /** "87 %" as people read a share; null when routing gave none. */
    static String confidence(JsonNode confidence) {
        if (!confidence.isNumber()) {
            return null;
        }
        return Math.round(confidence.asDouble() * 100) + " %";
    }

    public boolean decided() {
        return departmentId != null || category != null || explanation != null;
    }
}
