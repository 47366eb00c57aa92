package org.appeals.console.directory;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.appeals.console.layout.Deadline;
import org.appeals.contracts.Category;
import org.appeals.contracts.Municipality;
import tools.jackson.databind.JsonNode;

/**
 * The taxonomy's codes as people read them (taxonomy.md): the API speaks in codes, the pages in Russian. An unknown
 * code is shown as it came, so a code added to the platform before the console still reads as something.
 */
final class Codes {

    static final String ANY = "ANY";

    private Codes() {
    }

    static String category(String code) {
        return Arrays.stream(Category.values()).filter(c -> c.name().equals(code)).findFirst()
                .map(Category::displayName).orElse(code == null ? "" : code);
    }

    /** A municipality, {@code ANY} ("everywhere"), or none (a regional body). */
    static String municipality(String code) {
        if (code == null || code.isEmpty()) {
            return "региональный орган";
        }
        if (ANY.equals(code)) {
            return "все муниципалитеты";
        }
        return Arrays.stream(Municipality.values()).filter(m -> m.name().equals(code)).findFirst()
                .map(Municipality::displayName).orElse(code);
    }

    /** The categories an operator may route or override: all but OTHER, which always goes to triage. */
    static List<Category> routedCategories() {
        return Arrays.stream(Category.values()).filter(c -> c != Category.OTHER).toList();
    }

    /** The municipalities a department or an override may name: all but UNKNOWN. */
    static List<Municipality> knownMunicipalities() {
        return Arrays.stream(Municipality.values()).filter(m -> m != Municipality.UNKNOWN).toList();
    }

    static String actorRole(String role) {
        return switch (role == null ? "" : role) {
            case "OPERATOR" -> "оператор";
            case "ADMIN" -> "администратор";
            case "DEPARTMENT" -> "ведомство";
            case "CHANNEL" -> "канал";
            case "SYSTEM" -> "система";
            default -> role == null ? "" : role;
        };
    }

    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    /** An instant as the API writes it (ISO-8601, or epoch seconds), shown in Volgograd time. */
    static String when(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return "";
        }
        if (node.isNumber()) {
            return Deadline.format(Instant.ofEpochMilli(Math.round(node.asDouble() * 1000)));
        }
        try {
            return Deadline.format(OffsetDateTime.parse(node.asString()).toInstant());
        } catch (DateTimeParseException unexpected) {
            return node.asString(); // shown as written rather than failing the whole page
        }
    }
}
