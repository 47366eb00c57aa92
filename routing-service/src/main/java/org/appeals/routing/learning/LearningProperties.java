package org.appeals.routing.learning;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How an instance follows the examples every instance stores.
 *
 * @param followInterval pause between looks at the stored examples: how long another instance may still route
 *                       without an operator's latest decision
 * @param followOverlap how far before the latest example seen each look starts again, for writes that became
 *                      visible late
 */
@ConfigurationProperties("appeals.routing.learning")
record LearningProperties(Duration followInterval, Duration followOverlap) {

    LearningProperties {
        followInterval = followInterval == null ? Duration.ofSeconds(3) : followInterval;
        followOverlap = followOverlap == null ? Duration.ofSeconds(30) : followOverlap;
    }
}
