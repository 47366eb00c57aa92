package org.appeals.routing.report;

import org.appeals.routing.classify.Classification;

/** What the classifier and the triage rule made of one labelled appeal. */
record Outcome(LabelledAppeal appeal, Classification classification, boolean triage) {

    boolean categoryRight() {
        return classification.category() == appeal.category();
    }

    boolean municipalityRight() {
        return classification.municipality() == appeal.municipality();
    }
}
