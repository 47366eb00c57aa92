package org.appeals.console.directory;

import org.appeals.console.layout.CodeNames;

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
        return CodeNames.category(code).orElse(code == null ? "" : code);
    }

    /** A municipality, {@code ANY} ("everywhere"), or none (a regional body). */
    static String municipality(String code) {
        if (code == null || code.isEmpty()) {
            return "региональный орган";
        }
        if (ANY.equals(code)) {
            return "все муниципалитеты";
        }
        return CodeNames.municipality(code).orElse(code);
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

    /** An instant as the API writes it, shown in Volgograd time; "" when absent, as written when unreadable. */
    static String when(JsonNode node) {
        return Deadline.format(node);
    }
}
