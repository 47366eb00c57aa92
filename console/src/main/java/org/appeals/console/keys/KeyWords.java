package org.appeals.console.keys;

import org.appeals.console.layout.CodeNames;

import org.appeals.console.layout.Deadline;
import tools.jackson.databind.JsonNode;

/** The key API's codes (roles, statuses, actions, channels) in the words admins read. */
final class KeyWords {

    private KeyWords() {
    }

    static String role(String role) {
        return switch (role == null ? "" : role) {
            case "CHANNEL" -> "канал";
            case "DEPARTMENT" -> "ведомство";
            case "OPERATOR" -> "оператор ЦУР";
            case "ADMIN" -> "администратор";
            case "SYSTEM" -> "система";
            default -> role == null ? "" : role;
        };
    }

    static String status(String status) {
        return switch (status == null ? "" : status) {
            case "ACTIVE" -> "действует";
            case "EXPIRING" -> "заменён, действует до конца льготного срока";
            case "EXPIRED" -> "срок истёк";
            case "REVOKED" -> "отозван";
            default -> status == null ? "" : status;
        };
    }

    static String action(String action) {
        return switch (action == null ? "" : action) {
            case "ISSUED" -> "выпущен";
            case "ROTATED" -> "заменён";
            case "REVOKED" -> "отозван";
            case "SEEDED" -> "демонстрационный, заведён при запуске";
            default -> action == null ? "" : action;
        };
    }

    static String channel(String code) {
        return CodeNames.channel(code).orElse(code == null ? "" : code);
    }

    /** An instant as the API writes it, shown in Volgograd time; "" when absent, as written when unreadable. */
    static String when(JsonNode node) {
        return Deadline.format(node);
    }

    /** {@code actor {id, role}} as "login (role)". */
    static String actor(JsonNode actor) {
        if (!actor.isObject()) {
            return "";
        }
        return actor.path("id").asString("") + " (" + role(actor.path("role").asString("")) + ")";
    }
}
