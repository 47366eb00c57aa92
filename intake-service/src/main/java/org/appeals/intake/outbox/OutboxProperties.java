package org.appeals.intake.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the outbox relay looks for appeals whose event the broker did not acknowledge.
 *
 * @param interval pause between two rounds (read by {@code @Scheduled} on {@link OutboxRelay#relayPending()})
 * @param grace how old an unpublished appeal must be before the relay takes it, so that it does not race the
 *              request still waiting for the broker (keep it above {@code appeals.kafka.ack-timeout})
 * @param batchSize most appeals republished in one round
 */
@ConfigurationProperties("appeals.intake.outbox")
record OutboxProperties(Duration interval, Duration grace, Integer batchSize) {

    OutboxProperties {
        interval = interval == null ? Duration.ofSeconds(5) : interval;
        grace = grace == null ? Duration.ofSeconds(15) : grace;
        batchSize = batchSize == null ? 100 : batchSize;
    }
}
