package org.appeals.console.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One change of the routing audit ({@code GET /api/v1/routing/audit}): when, who (login and role), what, and the
 * department or override before and after, each field in words.
 */
record AuditRow(String at, String actorId, String actorRole, String change, String target, String before,
                String after) {

    private static final Map<String, String> CHANGES = Map.of(
            "DEPARTMENT_PUT", "ведомство изменено",
            "OVERRIDE_PUT", "исключение задано",
            "OVERRIDE_DELETE", "исключение снято");

    static AuditRow of(JsonNode node) {
        JsonNode actor = node.path("actor");
        String change = node.path("change").asString("");
        return new AuditRow(Codes.when(node.path("at")), actor.path("id").asString(""),
                Codes.actorRole(actor.path("role").asString(null)), CHANGES.getOrDefault(change, change),
                node.path("target").asString(""), described(node.path("before")), described(node.path("after")));
    }

    /** A department or override document in words; "—" where there was none (a new one, a removed one). */
    static String described(JsonNode document) {
        if (!document.isObject()) {
            return "—";
        }
        List<String> parts = new ArrayList<>();
        document.properties().forEach(field -> {
            String part = field(field.getKey(), field.getValue());
            if (part != null) {
                parts.add(part);
            }
        });
        return String.join("; ", parts);
    }

    private static String field(String name, JsonNode value) {
        return switch (name) {
            case "_id", "id" -> null;
            case "name" -> "название: " + value.asString("");
            case "municipality" -> "муниципалитет: " + Codes.municipality(value.isString() ? value.asString() : null);
            case "category" -> "направление: " + Codes.category(value.asString(""));
            case "categories" -> "направления: "
                    + String.join(", ", Codes.strings(value).stream().map(Codes::category).toList());
            case "active" -> "принимает обращения: " + (value.asBoolean(true) ? "да" : "нет");
            case "departmentId" -> "ведомство: " + value.asString("");
            case "reason" -> "причина: " + value.asString("");
            default -> name + ": " + (value.isValueNode() ? value.asString("") : value.toString());
        };
    }
}
