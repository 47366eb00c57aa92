package org.appeals.notification.tracking;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How often the parked-deliveries gauge is counted; its lease lasts three intervals, so another instance takes over
 * the reporting within three intervals of the reporter's death.
 *
 * @param refreshInterval pause between two counts
 */
@ConfigurationProperties("appeals.notification.parked-gauge")
record ParkedGaugeProperties(Duration refreshInterval) {

    ParkedGaugeProperties {
        refreshInterval = refreshInterval == null ? Duration.ofSeconds(10) : refreshInterval;
    }
}
