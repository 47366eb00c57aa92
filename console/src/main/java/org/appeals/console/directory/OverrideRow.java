package org.appeals.console.directory;

import tools.jackson.databind.JsonNode;

/**
 * An override in force (from {@code GET /api/v1/routing/rules}): its municipality is a code, or {@code ANY} where the
 * API leaves it out or sends null (every municipality).
 */
record OverrideRow(String category, String municipality, String departmentId, String reason) {

    static OverrideRow of(JsonNode node) {
        JsonNode municipality = node.path("municipality");
        return new OverrideRow(node.path("category").asString(""),
                municipality.isString() ? municipality.asString() : Codes.ANY,
                node.path("departmentId").asString(""), node.path("reason").asString(""));
    }

    public String categoryName() {
        return Codes.category(category);
    }

    public String municipalityName() {
        return Codes.municipality(municipality);
    }

    /** The stable part of the row's ids: {@code <CATEGORY>-<MUNICIPALITY or ANY>}. */
    public String key() {
        return category + "-" + municipality;
    }
}
