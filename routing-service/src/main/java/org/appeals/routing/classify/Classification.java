package org.appeals.routing.classify;

import java.util.List;
import org.appeals.contracts.Category;
import org.appeals.contracts.Municipality;

/**
 * What the classifier made of an appeal: its category and municipality (OTHER and UNKNOWN when it could not tell),
 * how sure it is of each (0..1), the resident's words that decided, and an explanation naming the vocabulary terms.
 */
public record Classification(Category category, double categoryConfidence, Municipality municipality,
                             double municipalityConfidence, List<String> matchedTerms, String explanation) {

    public Classification {
        matchedTerms = List.copyOf(matchedTerms);
    }
}
