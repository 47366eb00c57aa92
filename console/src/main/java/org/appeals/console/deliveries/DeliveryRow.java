package org.appeals.console.deliveries;

import org.appeals.console.layout.CodeNames;

import org.appeals.console.platform.Json;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.appeals.console.layout.Deadline;
import tools.jackson.databind.JsonNode;

/**
 * One delivery of a reply as notification shows it to staff ({@code DeliveryView}: no address, no text), in words:
 * what was sent, where, how it stands, what went wrong last, the adapter's receipt and who re-sent it.
 */
public record DeliveryRow(String deliveryId, String appealId, String number, String what, String department,
                          String channel, String state, String stateName, int attempts, String problem,
                          String created, String finished, String receipt, String resentBy) {

    public static DeliveryRow of(JsonNode delivery) {
        String appealId = delivery.path("appealId").asString("");
        String state = delivery.path("state").asString("");
        return new DeliveryRow(delivery.path("deliveryId").asString(""), appealId,
                appealId.length() > 8 ? appealId.substring(0, 8) : appealId, what(delivery),
                delivery.path("departmentName").asString(""), channel(Json.text(delivery.path("channel"))),
                state, DeliveryStates.name(state), delivery.path("attemptCount").asInt(0), problem(delivery),
                Deadline.format(Json.instant(delivery.path("createdAt"))),
                Deadline.format(Json.instant(delivery.path("finishedAt"))), receipt(delivery.path("receipt")),
                resentBy(delivery.path("resentBy")));
    }

    public static List<DeliveryRow> list(JsonNode deliveries) {
        return deliveries.valueStream().map(DeliveryRow::of).toList();
    }

    /** Parked deliveries wait for a person; deliveries that failed before parking existed may be re-sent too. */
    public boolean resendable() {
        return DeliveryStates.RESENDABLE.contains(state);
    }

    /** A status notice or the kind of answer delivered. */
    static String what(JsonNode delivery) {
        return switch (delivery.path("notice").asString("")) {
            case "REGISTERED" -> "Уведомление о регистрации";
            case "ASSIGNED" -> "Уведомление о назначении";
            default -> switch (delivery.path("answerKind").asString("")) {
                case "INTERIM" -> "Промежуточный ответ";
                case "FINAL" -> "Окончательный ответ";
                case "REDIRECT" -> "Отказ: не в компетенции";
                case "CLARIFICATION" -> "Вопрос заявителю";
                default -> "Ответ";
            };
        };
    }

    /** The delivery's own detail, else the last attempt's ("webhook 503"): technical, never personal. */
    static String problem(JsonNode delivery) {
        String detail = Json.text(delivery.path("detail"));
        if (detail != null) {
            return detail;
        }
        JsonNode attempts = delivery.path("attempts");
        return attempts.isEmpty() ? "" : attempts.get(attempts.size() - 1).path("detail").asString("");
    }

    static String receipt(JsonNode receipt) {
        if (!receipt.isObject()) {
            return "";
        }
        String status = "DELIVERED".equals(receipt.path("status").asString("")) ? "доставлено" : "не доставлено";
        String reason = Json.text(receipt.path("reason"));
        return "Канал: " + status + (reason == null ? "" : " (" + reason + ")") + ", "
                + Deadline.format(Json.instant(receipt.path("at")));
    }

    /** "cur-operator (оператор), 4 декабря 2026, 15:10; …", oldest first. */
    static String resentBy(JsonNode resends) {
        List<String> lines = new ArrayList<>();
        for (JsonNode resend : resends) {
            Instant at = Json.instant(resend.path("at"));
            lines.add(DeliveryStates.actor(Json.text(resend.path("actor").path("id")),
                    Json.text(resend.path("actor").path("role"))) + ", " + Deadline.format(at));
        }
        return String.join("; ", lines);
    }

    private static String channel(String code) {
        return CodeNames.channel(code).orElse(code == null ? "адрес ещё не известен" : code);
    }
}
