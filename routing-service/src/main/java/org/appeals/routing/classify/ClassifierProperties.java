package org.appeals.routing.classify;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the classifier weighs what is not the text.
 *
 * @param hintWeight the resident's category hint counted as a vocabulary term of this weight, 0 to 3 (a decisive
 *                   term); 2 (a strong hint) when not set
 */
@ConfigurationProperties("appeals.routing.classifier")
record ClassifierProperties(Double hintWeight) {

    ClassifierProperties {
        hintWeight = hintWeight == null ? HintWeighing.DEFAULT_WEIGHT : hintWeight;
    }
}
