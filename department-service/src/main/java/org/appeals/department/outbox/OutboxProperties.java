package org.appeals.department.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The outbox relay ({@code appeals.department.outbox.*}).
 *
 * @param relayInterval pause between the relay's looks for unpublished events
 * @param relayGrace age below which an unpublished event is left to the request still publishing it
 * @param relayBatchSize appeals the relay handles in one look
 */
@ConfigurationProperties("appeals.department.outbox")
record OutboxProperties(Duration relayInterval, Duration relayGrace, Integer relayBatchSize) {

    OutboxProperties {
        relayInterval = relayInterval == null ? Duration.ofSeconds(10) : relayInterval;
        relayGrace = relayGrace == null ? Duration.ofSeconds(30) : relayGrace;
        relayBatchSize = relayBatchSize == null ? 100 : relayBatchSize;
    }
}
