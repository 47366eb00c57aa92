package org.appeals.launcher.samples;

import tools.jackson.databind.JsonNode;

/** The routing facts of one appeal, read leniently from intake's view so field nesting may vary. */
record AppealView(AppealStatus status, String category, String municipality, String department) {

    static AppealView from(JsonNode appeal) {
        return new AppealView(AppealStatus.parse(first(appeal, "status", "status.code")),
                first(appeal, "category", "category.code", "assignment.category", "routing.category"),
                first(appeal, "municipality", "municipality.code", "assignment.municipality",
                        "routing.municipality"),
                first(appeal, "departmentId", "department", "department.id", "assignment.departmentId",
                        "routing.departmentId"));
    }

    /** The first of the dotted paths holding a plain value. */
    private static String first(JsonNode node, String... paths) {
        for (String path : paths) {
            JsonNode value = node;
            for (String field : path.split("\\.")) {
                value = value.path(field);
            }
            if (value.isValueNode() && !value.isNull() && !value.asString().isBlank()) {
                return value.asString();
            }
        }
        return null;
    }
}
