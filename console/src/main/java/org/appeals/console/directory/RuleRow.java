package org.appeals.console.directory;

import tools.jackson.databind.JsonNode;

/** Where appeals of a category in a municipality go now, and by which rule (routing's {@code EffectiveRule}). */
record RuleRow(String category, String municipality, String departmentId, String ruleId) {

    static RuleRow of(JsonNode node) {
        return new RuleRow(node.path("category").asString(""), node.path("municipality").asString(""),
                node.path("departmentId").asString(""), node.path("ruleId").asString(""));
    }

    public String categoryName() {
        return Codes.category(category);
    }

    public String municipalityName() {
        return Codes.municipality(municipality);
    }

    /** The rule in words: an override (here or everywhere), the municipality's competence, or the region's. */
    public String ruleName() {
        if (ruleId.startsWith("override:")) {
            return ruleId.endsWith(":" + Codes.ANY) ? "исключение для всех муниципалитетов" : "исключение";
        }
        if (ruleId.startsWith("municipal:")) {
            return "муниципальная компетенция";
        }
        if (ruleId.startsWith("regional:")) {
            return "региональная компетенция";
        }
        return ruleId;
    }

    public boolean overridden() {
        return ruleId.startsWith("override:");
    }

    boolean matches(String categoryFilter, String municipalityFilter) {
        return (categoryFilter == null || categoryFilter.isEmpty() || categoryFilter.equals(category))
                && (municipalityFilter == null || municipalityFilter.isEmpty()
                || municipalityFilter.equals(municipality));
    }
}
