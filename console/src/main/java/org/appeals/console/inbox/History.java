package org.appeals.console.inbox;

import org.appeals.console.platform.Json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.appeals.console.layout.Deadline;
import tools.jackson.databind.JsonNode;

/**
 * The appeal's history with this department, oldest first: its answers, questions and redirects (not those of a
 * department that had the appeal before) and what the resident wrote back.
 */
final class History {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("ru"));

    private History() {
    }

    static List<HistoryEntry> of(JsonNode appeal, String departmentId) {
        List<HistoryEntry> entries = new ArrayList<>();
        Json.items(appeal, "answers").stream().filter(a -> departmentId.equals(Json.text(a, "departmentId")))
                .map(History::answer).forEach(entries::add);
        Json.items(appeal, "residentMessages").stream().map(History::residentMessage).forEach(entries::add);
        entries.sort(Comparator.comparing(HistoryEntry::at, Comparator.nullsFirst(Comparator.naturalOrder())));
        return List.copyOf(entries);
    }

    static String reviewLabel(String status) {
        if (status == null) {
            return "отправлен жителю без проверки";
        }
        return switch (status) {
            case "PENDING" -> "на проверке в центре управления регионом";
            case "APPROVED" -> "одобрен центром";
            case "RETURNED" -> "возвращён на доработку";
            default -> status;
        };
    }

    private static HistoryEntry answer(JsonNode answer) {
        String kind = Json.text(answer, "kind");
        Instant at = Json.instant(answer, "answeredAt");
        String note = switch (kind == null ? "" : kind) {
            case "INTERIM" -> promised(Json.text(answer, "promisedBy"));
            case "FINAL" -> finalNote(answer.path("review"));
            default -> null;
        };
        return new HistoryEntry(at, Deadline.format(at), answerTitle(kind) + by(answer), Json.text(answer, "text"),
                note);
    }

    private static String answerTitle(String kind) {
        return switch (kind == null ? "" : kind) {
            case "INTERIM" -> "Промежуточный ответ";
            case "FINAL" -> "Окончательный ответ";
            case "CLARIFICATION" -> "Вопрос жителю";
            case "REDIRECT" -> "Перенаправлено: не в компетенции ведомства";
            default -> "Ответ";
        };
    }

    private static String by(JsonNode answer) {
        String who = Json.text(answer.path("answeredBy"), "id");
        return who == null ? "" : " (" + who + ")";
    }

    private static String promised(String promisedBy) {
        if (promisedBy == null) {
            return null;
        }
        return "Окончательный ответ обещан до " + DAY.format(LocalDate.parse(promisedBy));
    }

    private static String finalNote(JsonNode review) {
        if (review.isMissingNode() || review.isNull()) {
            return "Ответ " + reviewLabel(null);
        }
        String comment = Json.text(review, "comment");
        String note = "Ответ " + reviewLabel(Json.text(review, "status"));
        return comment == null ? note : note + ". Комментарий: " + comment;
    }

    private static HistoryEntry residentMessage(JsonNode message) {
        Instant at = Json.instant(message, "at");
        if ("FEEDBACK".equals(Json.text(message, "kind"))) {
            return new HistoryEntry(at, Deadline.format(at), "Оценка жителя", Json.text(message, "text"),
                    feedback(message));
        }
        return new HistoryEntry(at, Deadline.format(at), "Ответ жителя на вопрос", Json.text(message, "text"), null);
    }

    private static String feedback(JsonNode message) {
        JsonNode rating = message.path("rating");
        JsonNode solved = message.path("solved");
        String score = rating.isNumber() ? "Оценка " + rating.asInt() + " из 5" : "Без оценки";
        if (!solved.isBoolean()) {
            return score;
        }
        return score + (solved.asBoolean() ? "; проблема решена" : "; проблема не решена");
    }
}
