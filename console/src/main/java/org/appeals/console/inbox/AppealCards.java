package org.appeals.console.inbox;

import org.appeals.console.platform.Json;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.appeals.console.layout.Deadline;
import org.appeals.contracts.Channel;
import tools.jackson.databind.JsonNode;

/** department-service's {@code AppealView} as the department's card. */
final class AppealCards {

    private AppealCards() {
    }

    /** {@code movable}: whether the person works for the department (operators only read). */
    static AppealCard of(JsonNode appeal, String departmentId, boolean movable, Instant now) {
        String state = Json.text(appeal, "state");
        Set<Move> moves = movable ? AllowedMoves.in(state) : Set.of();
        JsonNode lastFinal = lastFinalAnswer(appeal, departmentId);
        return new AppealCard(Json.text(appeal, "appealId"), departmentId, Json.text(appeal, "departmentName"),
                state, WorkflowStates.label(state), Json.text(appeal.path("category"), "name"),
                Json.text(appeal.path("municipality"), "name"), channel(Json.text(appeal, "channel")),
                Json.text(appeal.path("location"), "address"), Json.text(appeal, "text"), attachments(appeal),
                Deadline.format(Json.instant(appeal, "receivedAt")), Deadline.format(Json.instant(appeal, "assignedAt")),
                Terms.of(appeal).stream().map(term -> line(term, now)).toList(),
                History.of(appeal, departmentId), finalAnswer(lastFinal), returnedComment(state, lastFinal), moves);
    }

    private static AppealCard.TermLine line(Term term, Instant now) {
        String note = term.running() ? null
                : term.flaggedOverdue() ? "срок был нарушен" : "в этом состоянии срок не идёт";
        return new AppealCard.TermLine(term.id(), term.label(), term.dueText(), term.badge(now), note);
    }

    private static JsonNode lastFinalAnswer(JsonNode appeal, String departmentId) {
        return Json.items(appeal, "answers").stream()
                .filter(a -> "FINAL".equals(Json.text(a, "kind")))
                .filter(a -> departmentId.equals(Json.text(a, "departmentId")))
                .reduce((earlier, later) -> later).orElse(null);
    }

    private static AppealCard.FinalAnswer finalAnswer(JsonNode answer) {
        if (answer == null) {
            return null;
        }
        JsonNode review = answer.path("review");
        List<CheckFlag> flags = Json.items(review, "flags").stream().map(CheckFlag::of).toList();
        String status = Json.text(review, "status");
        return new AppealCard.FinalAnswer(Deadline.format(Json.instant(answer, "answeredAt")), status,
                History.reviewLabel(status), FlaggedText.of(Json.text(answer, "text"), flags), flags);
    }

    /** The comment matters while the department reworks the answer; once answered again it is history. */
    private static String returnedComment(String state, JsonNode lastFinal) {
        if (!"RETURNED_FOR_REWORK".equals(state) || lastFinal == null) {
            return null;
        }
        String comment = Json.text(lastFinal.path("review"), "comment");
        return comment == null ? "Ответ возвращён без комментария." : comment;
    }

    private static List<AppealCard.Attachment> attachments(JsonNode appeal) {
        return Json.strings(appeal, "attachments").stream().filter(Objects::nonNull)
                .map(link -> new AppealCard.Attachment(safeLink(link), link)).toList();
    }

    /** Only web links become links: a resident's "javascript:" must stay words on the page. */
    static String safeLink(String link) {
        String lower = link.strip().toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? link.strip() : null;
    }

    private static String channel(String channel) {
        if (channel == null) {
            return null;
        }
        try {
            return Channel.valueOf(channel).displayName();
        } catch (IllegalArgumentException unknown) {
            return channel;
        }
    }
}
