package org.appeals.routing.classify;

import java.util.List;
import org.appeals.contracts.Category;

/**
 * Weighs the resident's category hint against the text. The hint counts as one more vocabulary term of
 * {@code weight} for the hinted category: that category wins when the text found nothing, or when its words plus the
 * hint score more than the text's leader (a tie goes to the text). The confidence grows by no more than the text's own
 * words for the category give, so a hint alone gives confidence 0 and only suggests, and an agreeing text may at most
 * double its evidence.
 */
final class HintWeighing {

    /** A decisive vocabulary term weighs 3 (vocabulary/README.md): a hint never weighs more than one. */
    static final double MAX_WEIGHT = 3;
    /** A strong hint, in the vocabulary's words. */
    static final double DEFAULT_WEIGHT = 2;

    private final double weight;

    HintWeighing(double weight) {
        if (!(weight >= 0 && weight <= MAX_WEIGHT)) {
            throw new IllegalArgumentException("appeals.routing.classifier.hint-weight must be between 0 and "
                    + MAX_WEIGHT + " (a decisive term), not " + weight);
        }
        this.weight = weight;
    }

    HintedGuess weigh(Tally<Category> tally, CategoryGuess text, ResidentHint resident, double scale) {
        Category hint = resident.category();
        if (hint == null) {
            return HintedGuess.unhinted(text, resident.unweighed());
        }
        double own = tally.score(hint);
        if (text.category() == hint && own > 0) {
            return new HintedGuess(strengthened(tally, hint, scale), text, hint, HintEffect.AGREED);
        }
        if (text.score() > 0 && own + weight <= text.score()) {
            return new HintedGuess(text, text, hint, HintEffect.OUTWEIGHED);
        }
        if (own == 0) {
            CategoryGuess suggestion = new CategoryGuess(hint, 0, List.of(), List.of(), 0, tally.total(), 0);
            return new HintedGuess(suggestion, text, hint, HintEffect.ALONE);
        }
        return new HintedGuess(strengthened(tally, hint, scale), text, hint, HintEffect.TIPPED);
    }

    private CategoryGuess strengthened(Tally<Category> tally, Category hint, double scale) {
        double own = tally.score(hint);
        double score = own + Math.min(weight, own);
        double confidence = Evidence.confidence(score, score + tally.bestOtherThan(hint), scale);
        return new CategoryGuess(hint, confidence, tally.surfaces(hint), tally.terms(hint), own, tally.total(), 0);
    }
}
