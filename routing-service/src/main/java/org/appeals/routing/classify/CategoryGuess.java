package org.appeals.routing.classify;

import java.util.List;
import java.util.Locale;
import org.appeals.contracts.Category;

/**
 * The category a text is most about, how sure that is, and the words that said so; {@code learnedFrom} is the number
 * of operator decisions behind a learned guess, 0 for a guess from the vocabulary.
 */
record CategoryGuess(Category category, double confidence, List<String> surfaces, List<String> terms, double score,
                     double total, int learnedFrom) {

    static CategoryGuess nothingFound() {
        return new CategoryGuess(Category.OTHER, 0, List.of(), List.of(), 0, 0, 0);
    }

    boolean learned() {
        return learnedFrom > 0;
    }

    String explain() {
        if (terms.isEmpty()) {
            return "no category term found";
        }
        if (learned()) {
            return String.format(Locale.ROOT, "category %s learned from %d operator decisions, shared words %s",
                    category, learnedFrom, terms);
        }
        return String.format(Locale.ROOT, "category %s from %s (%.1f of %.1f points)", category, terms, score, total);
    }
}
