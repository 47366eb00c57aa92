package org.appeals.department.overdue;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Gauges counted from the store ({@code appeals.department.metrics.*}).
 *
 * @param refreshInterval how often they are counted; the instance reporting them keeps the right for three intervals
 */
@ConfigurationProperties("appeals.department.metrics")
record MetricsProperties(Duration refreshInterval) {

    MetricsProperties {
        refreshInterval = refreshInterval == null ? Duration.ofSeconds(30) : refreshInterval;
    }
}
