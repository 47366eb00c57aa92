package org.appeals.routing.classify;

import java.util.List;
import org.appeals.contracts.Category;
import org.appeals.contracts.Municipality;

/**
 * What the classifier made of an appeal: its category and municipality (OTHER and UNKNOWN when it could not tell),
 * how sure it is of each (0..1), the resident's words that decided, and an explanation naming the vocabulary terms
 * and, in Russian, what became of the category the resident chose.
 *
 * @param hint the category the resident chose, null when none was chosen or its code is unknown
 * @param hintEffect what that choice did: {@link HintEffect#ALONE} means the category rests on the choice alone
 */
public record Classification(Category category, double categoryConfidence, Municipality municipality,
                             double municipalityConfidence, List<String> matchedTerms, String explanation,
                             Category hint, HintEffect hintEffect) {

    public Classification {
        matchedTerms = List.copyOf(matchedTerms);
        hintEffect = hintEffect == null ? HintEffect.NONE : hintEffect;
    }

    /** A classification of a text whose resident chose no category. */
    public Classification(Category category, double categoryConfidence, Municipality municipality,
                          double municipalityConfidence, List<String> matchedTerms, String explanation) {
        this(category, categoryConfidence, municipality, municipalityConfidence, matchedTerms, explanation, null,
                HintEffect.NONE);
    }
}
