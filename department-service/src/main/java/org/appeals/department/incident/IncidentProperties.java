package org.appeals.department.incident;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When reports count as one incident, and how many incidents one request lists.
 *
 * @param window how long after an incident's latest report (or before its first) a report may still join it
 * @param maxDistanceMetres how far apart two located reports of one problem may be
 * @param minSimilarity Jaccard similarity of word sets from which two texts count as near-identical
 * @param minWords meaningful words each text needs before texts alone may group reports ("Яма!" says too little)
 * @param candidateLimit incidents of the same department, category and municipality a new report is compared with
 * @param defaultLimit incidents listed when the client names no limit
 * @param maxLimit the most incidents a client may ask for at once
 */
@ConfigurationProperties("appeals.department.incidents")
record IncidentProperties(Duration window, Double maxDistanceMetres, Double minSimilarity, Integer minWords,
                          Integer candidateLimit, Integer defaultLimit, Integer maxLimit) {

    IncidentProperties {
        window = window == null ? Duration.ofHours(72) : window;
        maxDistanceMetres = maxDistanceMetres == null ? 150.0 : maxDistanceMetres;
        minSimilarity = minSimilarity == null ? 0.6 : minSimilarity;
        minWords = minWords == null ? 3 : minWords;
        candidateLimit = candidateLimit == null ? 50 : candidateLimit;
        defaultLimit = defaultLimit == null ? 50 : defaultLimit;
        maxLimit = maxLimit == null ? 200 : maxLimit;
    }

    static IncidentProperties defaults() {
        return new IncidentProperties(null, null, null, null, null, null, null);
    }
}
