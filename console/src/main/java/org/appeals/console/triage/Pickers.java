package org.appeals.console.triage;

import java.util.List;
import org.appeals.console.layout.Me;
import org.appeals.contracts.Category;
import org.appeals.contracts.Municipality;

/**
 * What the placement form offers and preselects. The category and municipality start from routing's guesses (or
 * what the operator chose before the page reloaded) where they are placeable; the department starts from what the
 * rules propose for them. An МЦУ operator is offered only its own municipalities (routing refuses the rest anyway).
 */
record Pickers(String category, String municipality, String department, List<Choice> categories,
               List<Choice> municipalities, List<DepartmentOption> departments) {

    static Pickers of(TriageItem item, String chosenCategory, String chosenMunicipality, String chosenDepartment,
                      RoutingDirectory directory, Me me) {
        return of(placeable(chosenCategory, item.suggestedCategory(), Category.OTHER.name()),
                placeable(chosenMunicipality, item.suggestedMunicipality(), Municipality.UNKNOWN.name()),
                chosenDepartment, item.declinedBy(), directory, me);
    }

    /** The pickers for a chosen category and municipality (the form asks for the department again on a change). */
    static Pickers of(String category, String municipality, String chosenDepartment, List<String> declined,
                      RoutingDirectory directory, Me me) {
        String department = blank(chosenDepartment)
                ? directory.proposed(category, municipality, declined).orElse("")
                : chosenDepartment;
        return new Pickers(category, municipality, department, categories(category),
                municipalities(municipality, me), directory.options(category, municipality, declined));
    }

    private static List<Choice> categories(String selected) {
        return Taxonomy.placeableCategories().stream()
                .map(c -> new Choice(c.name(), c.displayName(), c.name().equals(selected))).toList();
    }

    private static List<Choice> municipalities(String selected, Me me) {
        return Taxonomy.placeableMunicipalities().stream()
                .filter(m -> me == null || me.regionWide() || me.isAdmin() || me.municipalities().contains(m.name()))
                .map(m -> new Choice(m.name(), m.displayName(), m.name().equals(selected))).toList();
    }

    /** The operator's choice, else routing's guess, unless that is the "could not tell" code: then nothing. */
    private static String placeable(String chosen, String suggested, String couldNotTell) {
        String value = blank(chosen) ? suggested : chosen;
        return value == null || value.equals(couldNotTell) ? "" : value;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
