package org.appeals.resident.form;

import java.util.Arrays;
import java.util.List;
import org.appeals.contracts.Category;
import org.appeals.contracts.Municipality;

/**
 * The form's pickers, from the taxonomy as contracts holds it (the codes of taxonomy.md, which intake and routing read
 * too): the categories (a hint, "Прочее" included) and the municipalities of region 34 (not "unknown": a resident who
 * does not know picks the one they live in).
 */
final class Choices {

    static final List<Choice> CATEGORIES = Arrays.stream(Category.values())
            .map(category -> new Choice(category.name(), category.displayName())).toList();
    static final List<Choice> MUNICIPALITIES = Arrays.stream(Municipality.values())
            .filter(municipality -> municipality != Municipality.UNKNOWN)
            .map(municipality -> new Choice(municipality.name(), municipality.displayName())).toList();

    private Choices() {
    }

    static boolean isCategory(String code) {
        return CATEGORIES.stream().anyMatch(choice -> choice.code().equals(code));
    }

    static boolean isMunicipality(String code) {
        return MUNICIPALITIES.stream().anyMatch(choice -> choice.code().equals(code));
    }

    static String municipalityName(String code) {
        return Municipality.valueOf(code).displayName();
    }
}
