package org.appeals.console.triage;

import org.appeals.console.platform.Json;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.appeals.console.layout.Deadline;
import tools.jackson.databind.JsonNode;

/**
 * An appeal waiting in triage as routing lists it ({@code GET /api/v1/triage}): the text, routing's guesses and why
 * it could not place the appeal (rule, matched words, confidence, explanation), and the departments that declined it.
 */
record TriageItem(UUID appealId, String channel, Instant receivedAt, String text, String suggestedCategory,
                  String suggestedMunicipality, String ruleId, List<String> matchedTerms, double confidence,
                  String explanation, List<String> declinedBy) {

    private static final int EXCERPT = 160;

    static TriageItem of(JsonNode node) {
        JsonNode reason = node.path("reason");
        return new TriageItem(UUID.fromString(node.path("appealId").asString()), Json.text(node, "channel"),
                Json.instant(node, "receivedAt"), Json.text(node, "text"), Json.text(node, "suggestedCategory"),
                Json.text(node, "suggestedMunicipality"), Json.text(reason, "ruleId"),
                Json.strings(reason.path("matchedTerms")), reason.path("confidence").asDouble(0),
                Json.text(reason, "explanation"), Json.strings(node.path("declinedBy")));
    }

    public String categoryName() {
        return Taxonomy.categoryName(suggestedCategory);
    }

    public String municipalityName() {
        return Taxonomy.municipalityName(suggestedMunicipality);
    }

    public String channelName() {
        return Taxonomy.channelName(channel);
    }

    public String received() {
        return Deadline.format(receivedAt);
    }

    /** "42 %": how sure the classifier was of its guess. */
    public String confidencePercent() {
        return Math.round(confidence * 100) + " %";
    }

    /** Why routing handed the appeal to a person, in the operators' words. */
    public String why() {
        String rule = ruleId == null ? "" : ruleId.toLowerCase(Locale.ROOT);
        return switch (rule) {
            case "triage:other" -> "Направление не определено";
            case "triage:no-municipality" -> "Муниципалитет не определён";
            case "triage:low-confidence" -> "Классификатор не уверен";
            case "triage:redirected" -> "Ведомства отказались: исчерпаны переадресации";
            case "triage:hint-only" -> "Направление подсказал только житель";
            default -> rule.isEmpty() ? "Причина не указана" : "Правило " + ruleId;
        };
    }

    /** The first words of the text for the list; the whole text is on the appeal's page. */
    public String excerpt() {
        String all = text == null ? "" : text.strip();
        return all.length() <= EXCERPT ? all : all.substring(0, EXCERPT).stripTrailing() + "…";
    }
}
