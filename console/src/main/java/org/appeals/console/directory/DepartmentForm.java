package org.appeals.console.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The department edit form as the browser sends it. {@link #body()} is what
 * {@code PUT /api/v1/routing/departments/{id}} takes (routing's {@code DepartmentChange}): a regional body sends no
 * municipality, and an unticked "active" box, which a browser leaves out, is {@code false}.
 */
record DepartmentForm(String name, String municipality, List<String> categories, Boolean active) {

    DepartmentForm {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    static DepartmentForm of(DepartmentRow row) {
        return new DepartmentForm(row.name(), row.municipality(), row.categories(), row.active());
    }

    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name == null ? "" : name.strip());
        if (municipality != null && !municipality.isBlank()) {
            body.put("municipality", municipality);
        }
        body.put("categories", categories);
        body.put("active", Boolean.TRUE.equals(active));
        return body;
    }

    /** What the form lacks, by control, in Russian: checked here so an empty field never reaches the API. */
    Map<String, String> missing() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (name == null || name.isBlank()) {
            errors.put("dept-name", "Укажите название ведомства.");
        }
        if (categories.isEmpty()) {
            errors.put("dept-categories", "Отметьте хотя бы одно направление.");
        }
        return errors;
    }

    public boolean has(String category) {
        return categories.contains(category);
    }
}
