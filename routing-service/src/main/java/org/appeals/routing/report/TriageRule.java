package org.appeals.routing.report;

import org.appeals.contracts.Category;
import org.appeals.contracts.Competence;
import org.appeals.contracts.Municipality;
import org.appeals.routing.classify.Classification;
import org.appeals.routing.classify.HintEffect;

/**
 * When routing sends an appeal to triage, as the directory's routing rules decide it: OTHER; a category only the
 * resident's hint names; a municipal category with no municipality; or confidence below the threshold (for a municipal category, category times municipality
 * confidence). Kept here so the report needs no directory or database.
 */
record TriageRule(double minConfidence) {

    static final double DEFAULT_MIN_CONFIDENCE = 0.35;

    boolean toTriage(Classification classification) {
        Category category = classification.category();
        boolean municipal = category.competence() == Competence.MUNICIPAL;
        double confidence = municipal
                ? classification.categoryConfidence() * classification.municipalityConfidence()
                : classification.categoryConfidence();
        return category == Category.OTHER
                || classification.hintEffect() == HintEffect.ALONE
                || (municipal && classification.municipality() == Municipality.UNKNOWN)
                || confidence < minConfidence;
    }
}
