package org.appeals.console.directory;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The override form: appeals of {@code category} in {@code municipality} (a code, or ANY for everywhere) go to
 * {@code departmentId} for {@code reason}. {@link #path()} and {@link #body()} are what
 * {@code PUT /api/v1/routing/overrides/{category}/{municipality}} takes (routing's {@code OverrideChange}).
 */
record OverrideForm(String category, String municipality, String departmentId, String reason) {

    static final String PATH = "/api/v1/routing/overrides/{category}/{municipality}";

    Map<String, String> path() {
        return Map.of("category", orEmpty(category), "municipality", blank(municipality) ? Codes.ANY : municipality);
    }

    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("departmentId", orEmpty(departmentId).strip());
        body.put("reason", orEmpty(reason).strip());
        return body;
    }

    /** What the form lacks, by control, in Russian: checked here so an empty field never reaches the API. */
    Map<String, String> missing() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (blank(category)) {
            errors.put("override-category", "Выберите направление.");
        }
        if (blank(departmentId)) {
            errors.put("override-department", "Выберите ведомство.");
        }
        if (blank(reason)) {
            errors.put("override-reason", "Укажите причину исключения.");
        }
        return errors;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
