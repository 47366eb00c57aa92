package org.appeals.console.inbox;

import org.appeals.console.platform.Json;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** What the person is told after a move, read from the API's answer ({@code AnswerAccepted}, {@code IncidentAnswered}). */
final class MoveNotices {

    private MoveNotices() {
    }

    /** After a final answer: whether it went to the centre's review, and how many flags the check raised. */
    static String finalAnswer(JsonNode outcome) {
        if (!"PENDING".equals(Json.text(outcome, "review"))) {
            return "Окончательный ответ отправлен жителю.";
        }
        int flags = outcome.path("flags").size();
        String sent = "Ответ отправлен на проверку в центр управления регионом: жителю он уйдёт после одобрения.";
        return flags == 0 ? sent + " Автоматическая проверка замечаний не нашла."
                : sent + " Автоматическая проверка нашла замечаний: " + flags
                        + ". Они выделены в тексте ответа ниже — оператор может вернуть ответ на доработку.";
    }

    /** After an incident's answer: how many of its appeals took it, and how many went to review. */
    static String incidentAnswer(JsonNode outcome) {
        List<JsonNode> appeals = Json.items(outcome, "appeals");
        long answered = appeals.stream().filter(a -> a.path("answered").asBoolean(false)).count();
        long inReview = appeals.stream().filter(a -> "IN_REVIEW".equals(Json.text(a, "state"))).count();
        String notice = "Ответ по инциденту принят для " + answered + " из " + appeals.size() + " обращений.";
        if (inReview > 0) {
            notice += " На проверке в центре: " + inReview + ".";
        }
        if (answered < appeals.size()) {
            notice += " Остальные не приняли ответ в своём состоянии: откройте их карточки.";
        }
        return notice;
    }
}
