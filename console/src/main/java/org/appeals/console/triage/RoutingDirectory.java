package org.appeals.console.triage;

import org.appeals.console.platform.Json;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Routing's directory ({@code GET /api/v1/routing/departments}) and effective rules ({@code GET /api/v1/routing/rules})
 * as the triage picker needs them: which active departments there are and which one the rules propose for a
 * category in a municipality.
 */
record RoutingDirectory(List<Department> departments, Map<String, String> proposals) {

    /** A department of the directory; an inactive one receives no appeals and is not offered. */
    record Department(String id, String name, String municipality, List<String> categories, boolean active) {

        boolean answers(String category, String where) {
            return categories.contains(category) && (municipality == null || municipality.equals(where));
        }
    }

    static RoutingDirectory of(JsonNode departments, JsonNode rules) {
        List<Department> all = new ArrayList<>();
        departments.forEach(d -> all.add(new Department(Json.text(d, "id"), Json.text(d, "name"),
                Json.text(d, "municipality"), Json.strings(d.path("categories")), d.path("active").asBoolean(true))));
        Map<String, String> proposals = new HashMap<>();
        rules.path("rules").forEach(rule -> proposals.put(key(Json.text(rule, "category"),
                Json.text(rule, "municipality")), Json.text(rule, "departmentId")));
        return new RoutingDirectory(List.copyOf(all), Map.copyOf(proposals));
    }

    /**
     * The department to preselect: the rules' choice for the category and municipality unless it declined the
     * appeal, else the first suitable department that did not; empty when nothing fits (the operator chooses).
     */
    Optional<String> proposed(String category, String municipality, Collection<String> declined) {
        String byRules = proposals.get(key(category, municipality));
        if (byRules != null && !declined.contains(byRules)) {
            return Optional.of(byRules);
        }
        return active().filter(d -> d.answers(category, municipality) && !declined.contains(d.id()))
                .map(Department::id).findFirst();
    }

    /** Active departments, those that answer the category there first, each group by name. */
    List<DepartmentOption> options(String category, String municipality, Collection<String> declined) {
        return active().map(d -> new DepartmentOption(d.id(), d.name(), d.answers(category, municipality),
                        declined.contains(d.id())))
                .sorted(Comparator.comparing((DepartmentOption o) -> !o.suitable()).thenComparing(o -> o.name()))
                .toList();
    }

    /** The name people read for a department id (the id itself when the directory does not know it). */
    String nameOf(String departmentId) {
        return departments.stream().filter(d -> d.id().equals(departmentId)).map(Department::name).findFirst()
                .orElse(departmentId);
    }

    private java.util.stream.Stream<Department> active() {
        return departments.stream().filter(Department::active);
    }

    private static String key(String category, String municipality) {
        return category + "/" + municipality;
    }
}
