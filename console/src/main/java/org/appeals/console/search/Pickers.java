package org.appeals.console.search;

import org.appeals.console.layout.CodeNames;

import org.appeals.console.platform.Json;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.appeals.contracts.Category;
import org.appeals.contracts.Channel;
import org.appeals.contracts.Municipality;
import tools.jackson.databind.JsonNode;

/** The choices of the form's pickers, codes as the API takes them and names in Russian. */
final class Pickers {

    private Pickers() {
    }

    static List<Option> categories() {
        return Arrays.stream(Category.values()).map(c -> new Option(c.name(), c.displayName())).toList();
    }

    /** Known municipalities by name, then "not determined" (appeals routing could not place). */
    static List<Option> municipalities() {
        List<Option> known = Arrays.stream(Municipality.values()).filter(m -> m != Municipality.UNKNOWN)
                .map(m -> new Option(m.name(), m.displayName())).sorted(Comparator.comparing(Option::label)).toList();
        Option unknown = new Option(Municipality.UNKNOWN.name(), Municipality.UNKNOWN.displayName());
        return Stream.concat(known.stream(), Stream.of(unknown)).toList();
    }

    static List<Option> channels() {
        return Arrays.stream(Channel.values()).map(c -> new Option(c.name(), c.displayName())).toList();
    }

    /** Routing's directory ({@code [{id, name, municipality, …}]}) as "name (municipality)", by name. */
    static List<Option> departments(JsonNode directory) {
        return directory.valueStream()
                .map(d -> new Option(d.path("id").asString(""), label(d)))
                .filter(option -> !option.value().isEmpty())
                .sorted(Comparator.comparing(Option::label)).toList();
    }

    private static String label(JsonNode department) {
        String name = department.path("name").asString(department.path("id").asString(""));
        String municipality = Json.text(department.path("municipality"));
        String where = municipality == null ? "региональный орган" : municipalityName(municipality);
        return name + " (" + where + ")";
    }

    private static String municipalityName(String code) {
        return CodeNames.municipality(code).orElse(code);
    }
}
