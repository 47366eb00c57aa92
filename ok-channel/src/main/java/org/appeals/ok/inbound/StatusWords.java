package org.appeals.ok.inbound;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** «статус» (or {@code /status}) asks for the chat's appeals; their states are said in plain Russian. */
final class StatusWords {

    private static final Set<String> COMMANDS = Set.of("статус", "/статус", "/status");
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("RECEIVED", "принято"),
            Map.entry("TRIAGE", "определяется исполнитель"),
            Map.entry("ASSIGNED", "передано исполнителю"),
            Map.entry("IN_PROGRESS", "в работе"),
            Map.entry("AWAITING_CLARIFICATION", "ждёт вашего уточнения"),
            Map.entry("IN_REVIEW", "ответ проверяется"),
            Map.entry("RETURNED_FOR_REWORK", "ответ дорабатывается"),
            Map.entry("ANSWERED", "дан ответ"),
            Map.entry("REDIRECTED", "передано по компетенции"),
            Map.entry("NOTIFIED", "ответ отправлен"),
            Map.entry("CLOSED", "закрыто"),
            Map.entry("DELIVERY_FAILED", "ответ не удалось доставить"));

    private StatusWords() {
    }

    static boolean asksForStatus(String text) {
        return COMMANDS.contains(text.strip().toLowerCase(Locale.ROOT));
    }

    static String of(String status) {
        return status == null ? "состояние сейчас не удалось узнать" : WORDS.getOrDefault(status, status);
    }
}
