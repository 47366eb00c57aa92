package org.appeals.console.directory;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A department of the directory as the page shows it ({@code GET /api/v1/routing/departments}): codes kept for
 * forms and links, names for people.
 */
record DepartmentRow(String id, String name, String municipality, List<String> categories, boolean active) {

    static DepartmentRow of(JsonNode node) {
        JsonNode municipality = node.path("municipality");
        return new DepartmentRow(node.path("id").asString(""), node.path("name").asString(""),
                municipality.isString() ? municipality.asString() : null, Codes.strings(node.path("categories")),
                node.path("active").asBoolean(true));
    }

    static List<DepartmentRow> list(JsonNode array) {
        return array.valueStream().map(DepartmentRow::of).toList();
    }

    public String municipalityName() {
        return Codes.municipality(municipality);
    }

    public String categoryNames() {
        return String.join(", ", categories.stream().map(Codes::category).toList());
    }

    public boolean regional() {
        return municipality == null;
    }
}
