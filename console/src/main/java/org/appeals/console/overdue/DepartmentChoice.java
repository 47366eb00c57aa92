package org.appeals.console.overdue;

import org.appeals.console.platform.Json;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** A department in the filter, from routing's directory ({@code GET /api/v1/routing/departments}). */
record DepartmentChoice(String id, String name, boolean selected) {

    static List<DepartmentChoice> of(JsonNode directory, String selected) {
        List<DepartmentChoice> choices = new ArrayList<>();
        directory.forEach(d -> choices.add(new DepartmentChoice(Json.text(d, "id"), Json.text(d, "name"),
                Json.text(d, "id").equals(selected))));
        choices.sort(Comparator.comparing(DepartmentChoice::name, Comparator.nullsLast(Comparator.naturalOrder())));
        return List.copyOf(choices);
    }
}
