package org.appeals.console.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Intake's appeal statuses ({@code AppealStatus}) in the words the pages use. The console does not depend on intake,
 * so the codes are repeated here; a status added there before here is shown by its code rather than hidden.
 */
public final class AppealStatuses {

    private static final Map<String, String> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put("RECEIVED", "Зарегистрировано");
        NAMES.put("TRIAGE", "На ручном разборе");
        NAMES.put("ASSIGNED", "Назначено ведомству");
        NAMES.put("IN_PROGRESS", "В работе");
        NAMES.put("AWAITING_CLARIFICATION", "Ждёт уточнения от заявителя");
        NAMES.put("IN_REVIEW", "Ответ на проверке");
        NAMES.put("RETURNED_FOR_REWORK", "Возвращено на доработку");
        NAMES.put("ANSWERED", "Ответ утверждён");
        NAMES.put("REDIRECTED", "Отказ: не в компетенции");
        NAMES.put("NOTIFIED", "Ответ доставлен");
        NAMES.put("DELIVERY_FAILED", "Ответ не доставлен");
        NAMES.put("CLOSED", "Закрыто");
        NAMES.put("REOPENED", "Открыто повторно");
    }

    private AppealStatuses() {
    }

    /** The Russian name of a status code; an unknown code as it came, none as an empty string. */
    public static String name(String code) {
        if (code == null) {
            return "";
        }
        return NAMES.getOrDefault(code, code);
    }

    /** Every status, in the order an appeal passes them, for the search's picker. */
    static List<Option> options() {
        return NAMES.entrySet().stream().map(entry -> new Option(entry.getKey(), entry.getValue())).toList();
    }
}
