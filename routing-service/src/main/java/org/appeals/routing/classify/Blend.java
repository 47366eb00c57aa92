package org.appeals.routing.classify;

import org.appeals.contracts.Category;

/**
 * Chooses between the vocabulary's guess and what operators' decisions taught: the vocabulary speaks first, and
 * the examples decide only where it found nothing or is unsure, and only when they are sure themselves.
 */
final class Blend {

    /** A vocabulary guess below this leaves room for the examples. */
    static final double VOCABULARY_UNSURE = 0.5;
    /** A learned guess below this is not used. */
    static final double LEARNED_SURE = 0.55;

    private Blend() {
    }

    /** The same choice for a guess the resident's hint was weighed into; the hint's effect follows the choice. */
    static HintedGuess choose(HintedGuess vocabulary, CategoryGuess learned) {
        CategoryGuess chosen = choose(vocabulary.guess(), learned);
        return chosen == vocabulary.guess() ? vocabulary : vocabulary.replacedBy(chosen);
    }

    static CategoryGuess choose(CategoryGuess vocabulary, CategoryGuess learned) {
        boolean unsure = vocabulary.category() == Category.OTHER || vocabulary.confidence() < VOCABULARY_UNSURE;
        boolean sure = learned.category() != Category.OTHER && learned.confidence() >= LEARNED_SURE;
        return unsure && sure && learned.confidence() > vocabulary.confidence() ? learned : vocabulary;
    }
}
