package org.appeals.routing.rules;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.appeals.contracts.Category;
import org.appeals.contracts.Municipality;
import org.appeals.routing.directory.Codes;
import org.appeals.routing.directory.Department;
import org.appeals.support.web.ApiException;

/**
 * A department as an operator sends it: name, municipality code (absent for a regional body), category codes and
 * whether it receives appeals (default true). Turned into a {@link Department} with a clear 400 for bad values.
 */
record DepartmentChange(String name, String municipality, List<String> categories, Boolean active) {

    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final int MAX_NAME = 300;

    Department toDepartment(String id) {
        if (id == null || id.length() > 64 || !ID.matcher(id).matches()) {
            throw ApiException.badRequest("A department id is lower-case latin letters, digits and dashes, "
                    + "at most 64 characters, e.g. kamyshin-roads.");
        }
        if (name == null || name.isBlank() || name.length() > MAX_NAME) {
            throw ApiException.badRequest("name is required, at most " + MAX_NAME + " characters.");
        }
        return new Department(id, name.strip(), parsedMunicipality(), parsedCategories(), active == null || active);
    }

    private Municipality parsedMunicipality() {
        if (municipality == null || municipality.isBlank()) {
            return null;
        }
        Municipality parsed = Codes.municipality(municipality);
        if (parsed == Municipality.UNKNOWN) {
            throw ApiException.badRequest("A department belongs to a municipality, or to none for a regional body; "
                    + "UNKNOWN is neither.");
        }
        return parsed;
    }

    private Set<Category> parsedCategories() {
        if (categories == null || categories.isEmpty()) {
            throw ApiException.badRequest("categories must list at least one category code.");
        }
        Set<Category> parsed = EnumSet.noneOf(Category.class);
        categories.forEach(code -> parsed.add(Codes.category(code)));
        if (parsed.contains(Category.OTHER)) {
            throw ApiException.badRequest("No department answers OTHER: those appeals go to triage.");
        }
        return parsed;
    }
}
