package org.appeals.console.review;

import org.appeals.console.platform.Json;

import tools.jackson.databind.JsonNode;

/**
 * A flag of department-service's automatic answer check (its {@code Review.Flag}): what kind, what to fix (Russian)
 * and the words that raised it, exactly as they stand in the answer; no words for personal data and for "too short".
 */
record Flag(String code, String message, String fragment) {

    static Flag of(JsonNode node) {
        return new Flag(Json.text(node, "code"), Json.text(node, "message"), Json.text(node, "fragment"));
    }

    /** The kind of problem in the operators' words. */
    public String title() {
        return switch (code == null ? "" : code) {
            case "TOO_SHORT" -> "Слишком короткий ответ";
            case "FORMAL_ONLY" -> "Формальная отписка";
            case "PROMISE_WITHOUT_DATE" -> "Обещание без срока";
            case "LAW_INSTEAD_OF_ANSWER" -> "Ссылки на закон вместо ответа";
            case "THIRD_PARTY_PERSONAL_DATA" -> "Персональные данные третьих лиц";
            default -> "Замечание проверки";
        };
    }

    /** The tooltip of the marked words: the kind and what to fix. */
    public String reason() {
        return message == null || message.isBlank() ? title() : title() + ": " + message;
    }
}
