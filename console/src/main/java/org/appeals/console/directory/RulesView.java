package org.appeals.console.directory;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The rules page's data from {@code GET /api/v1/routing/rules}: the version in force, the overrides, and the
 * effective rules narrowed to the chosen category and municipality (all when none is chosen).
 */
record RulesView(long version, List<OverrideRow> overrides, List<RuleRow> rules, int total) {

    static RulesView of(JsonNode node, String category, String municipality) {
        List<RuleRow> all = node.path("rules").valueStream().map(RuleRow::of).toList();
        return new RulesView(node.path("version").asLong(0),
                node.path("overrides").valueStream().map(OverrideRow::of).toList(),
                all.stream().filter(rule -> rule.matches(category, municipality)).toList(), all.size());
    }
}
