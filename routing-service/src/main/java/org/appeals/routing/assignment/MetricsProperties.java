package org.appeals.routing.assignment;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How routing's gauges over the whole database are kept.
 *
 * @param refreshInterval pause between counts of {@code appeals.triage.size}; the reporting lease lasts three of
 *                        them, so a dead reporter is replaced within three
 */
@ConfigurationProperties("appeals.routing.metrics")
record MetricsProperties(Duration refreshInterval) {

    MetricsProperties {
        refreshInterval = refreshInterval == null ? Duration.ofSeconds(10) : refreshInterval;
    }
}
