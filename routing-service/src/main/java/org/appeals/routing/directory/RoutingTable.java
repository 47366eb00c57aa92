package org.appeals.routing.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.appeals.contracts.Category;
import org.appeals.contracts.Municipality;

/**
 * The directory with the centre's overrides: for a category in a municipality, the departments that may answer, best
 * first — an override for that municipality, then one for any municipality, then the competence rule.
 */
public record RoutingTable(Directory directory, List<RuleOverride> overrides) {

    public RoutingTable {
        overrides = List.copyOf(overrides);
    }

    /** The directory alone, without overrides. */
    public static RoutingTable of(Directory directory) {
        return new RoutingTable(directory, List.of());
    }

    /** Every active department that may answer, best first, each once. */
    public List<Route> candidates(Category category, Municipality municipality) {
        List<Route> routes = new ArrayList<>();
        overrides.stream().filter(o -> o.municipality() != null && o.covers(category, municipality))
                .forEach(o -> addOverride(routes, o));
        overrides.stream().filter(o -> o.municipality() == null && o.covers(category, municipality))
                .forEach(o -> addOverride(routes, o));
        directory.responsibleFor(category, municipality).ifPresent(d -> add(routes, new Route(d, defaultRuleId(d, category))));
        return routes;
    }

    /** The best route that avoids the excluded departments (those that declined the appeal). */
    public Optional<Route> first(Category category, Municipality municipality, Set<String> excluded) {
        return candidates(category, municipality).stream()
                .filter(route -> !excluded.contains(route.department().id()))
                .findFirst();
    }

    /** The override for exactly this category and municipality (null = ANY), if any. */
    public Optional<RuleOverride> override(Category category, Municipality municipality) {
        return overrides.stream()
                .filter(o -> o.category() == category && o.municipality() == municipality)
                .findFirst();
    }

    private void addOverride(List<Route> routes, RuleOverride override) {
        directory.byId(override.departmentId()).filter(Department::receivesAppeals)
                .ifPresent(d -> add(routes, new Route(d, override.ruleId())));
    }

    private static void add(List<Route> routes, Route route) {
        if (routes.stream().noneMatch(r -> r.department().id().equals(route.department().id()))) {
            routes.add(route);
        }
    }

    private static String defaultRuleId(Department department, Category category) {
        return (department.regional() ? "regional:" : "municipal:") + category;
    }
}
