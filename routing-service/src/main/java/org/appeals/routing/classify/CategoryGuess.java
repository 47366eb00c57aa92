package org.appeals.routing.classify;

import java.util.List;
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

    /** In Russian: the explanation is read by the centres' operators on the appeal's card and in triage. */
    String explain() {
        if (terms.isEmpty()) {
            return "в тексте нет слов ни одного направления";
        }
        if (learned()) {
            return String.format(Explanations.RUSSIAN, "направление «%s» по %d решениям операторов о похожих текстах, "
                    + "общие слова: %s", category.displayName(), learnedFrom, String.join(", ", terms));
        }
        return String.format(Explanations.RUSSIAN, "направление «%s» по словам: %s (%.1f из %.1f баллов)",
                category.displayName(), String.join(", ", terms), score, total);
    }
}
