package org.appeals.routing.classify;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the classifier's vocabularies are, as Spring resource locations, so they can be tuned without a rebuild.
 *
 * @param categories the category terms and weights
 * @param municipalities the municipalities' name forms and circles
 */
@ConfigurationProperties("appeals.routing.vocabulary")
record VocabularyProperties(String categories, String municipalities) {

    VocabularyProperties {
        categories = categories == null ? "classpath:vocabulary/categories.json" : categories;
        municipalities = municipalities == null ? "classpath:vocabulary/municipalities.json" : municipalities;
    }
}
