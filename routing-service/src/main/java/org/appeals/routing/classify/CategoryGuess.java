package org.appeals.routing.classify;

import java.util.List;
import org.appeals.contracts.Category;

/** The category a text is most about, how sure that is, and the words that said so. */
record CategoryGuess(Category category, double confidence, List<String> surfaces, List<String> terms, double score,
                     double total) {

    static CategoryGuess nothingFound() {
        return new CategoryGuess(Category.OTHER, 0, List.of(), List.of(), 0, 0);
    }

    String explain() {
        if (terms.isEmpty()) {
            return "no category term found";
        }
        return String.format(java.util.Locale.ROOT, "category %s from %s (%.1f of %.1f points)",
                category, terms, score, total);
    }
}
