package org.appeals.routing.rules;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How routing places appeals.
 *
 * @param minConfidence below this confidence (0..1) an appeal goes to manual triage instead of a department
 * @param directory the departments file that seeds an empty routing database, as a Spring resource location
 */
@ConfigurationProperties("appeals.routing")
record RulesProperties(Double minConfidence, String directory) {

    RulesProperties {
        minConfidence = minConfidence == null ? 0.35 : minConfidence;
        directory = directory == null ? "classpath:directory/departments.json" : directory;
        if (minConfidence < 0 || minConfidence > 1) {
            throw new IllegalArgumentException("appeals.routing.min-confidence must be within 0..1");
        }
    }
}
