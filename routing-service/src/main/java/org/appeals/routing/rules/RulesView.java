package org.appeals.routing.rules;

import java.util.ArrayList;
import java.util.List;
import org.appeals.contracts.Category;
import org.appeals.contracts.Competence;
import org.appeals.contracts.Municipality;
import org.appeals.routing.directory.RoutingTable;
import org.appeals.routing.directory.RuleOverride;

/** The rules in force: the overrides as set, and the effective department for every category and municipality. */
record RulesView(long version, List<RuleOverride> overrides, List<EffectiveRule> rules) {

    static RulesView of(RoutingBook.Snapshot snapshot) {
        RoutingTable table = snapshot.table();
        List<EffectiveRule> rules = new ArrayList<>();
        for (Category category : Category.values()) {
            for (Municipality municipality : Municipality.values()) {
                if (category.competence() == Competence.MUNICIPAL && municipality == Municipality.UNKNOWN) {
                    continue; // these go to triage whatever the table says
                }
                table.candidates(category, municipality).stream().findFirst().ifPresent(route -> rules.add(
                        new EffectiveRule(category, municipality, route.department().id(), route.ruleId())));
            }
        }
        return new RulesView(snapshot.version(), table.overrides(), rules);
    }
}
