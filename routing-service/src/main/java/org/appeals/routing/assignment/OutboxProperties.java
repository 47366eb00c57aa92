package org.appeals.routing.assignment;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the outbox relay republishes decisions stored but not yet published (the broker was away, or the service
 * stopped between storing and publishing).
 *
 * @param interval pause between relay runs
 * @param minAge how old an unpublished decision must be before the relay takes it, so it does not race the
 *               listener that is publishing it right now
 * @param batchSize decisions per run
 */
@ConfigurationProperties("appeals.routing.outbox")
record OutboxProperties(Duration interval, Duration minAge, Integer batchSize) {

    OutboxProperties {
        interval = interval == null ? Duration.ofSeconds(5) : interval;
        minAge = minAge == null ? Duration.ofSeconds(10) : minAge;
        batchSize = batchSize == null ? 100 : batchSize;
    }
}
