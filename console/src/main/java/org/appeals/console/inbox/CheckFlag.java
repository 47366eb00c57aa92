package org.appeals.console.inbox;

import org.appeals.console.platform.Json;

import tools.jackson.databind.JsonNode;

/**
 * A flag of department-service's automatic answer check ({@code Review.Flag}).
 *
 * @param fragment the words that raised it, exactly as in the answer; null where the check never repeats them
 *                 (personal data, an answer too short as a whole)
 */
record CheckFlag(String code, String message, String fragment) {

    static CheckFlag of(JsonNode flag) {
        return new CheckFlag(Json.text(flag, "code"), Json.text(flag, "message"), Json.text(flag, "fragment"));
    }

    /** What kind of problem, in a word or two; the check's own message says what to fix. */
    public String title() {
        if (code == null) {
            return "Замечание";
        }
        return switch (code) {
            case "TOO_SHORT" -> "Слишком коротко";
            case "FORMAL_ONLY" -> "Формальная отписка";
            case "PROMISE_WITHOUT_DATE" -> "Обещание без срока";
            case "LAW_INSTEAD_OF_ANSWER" -> "Ссылки на законы вместо ответа";
            case "THIRD_PARTY_PERSONAL_DATA" -> "Персональные данные третьих лиц";
            default -> "Замечание";
        };
    }

    /** The reason shown on the highlighted words. */
    public String reason() {
        return message == null ? title() : title() + ": " + message;
    }
}
