package org.appeals.support.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The outbox relay ({@code appeals.outbox.*}); its pause between rounds, {@code appeals.outbox.interval} (5 s), is read
 * by {@code @Scheduled} on {@link OutboxRelay#relay()}.
 *
 * @param grace age below which an event is left to the request still publishing it; keep it well above
 *              {@code appeals.kafka.ack-timeout}, or the relay publishes events twice while their request waits
 * @param batchSize documents the relay takes per collection and round
 */
@ConfigurationProperties("appeals.outbox")
public record OutboxProperties(Duration grace, Integer batchSize) {

    public OutboxProperties {
        grace = grace == null ? Duration.ofSeconds(15) : grace;
        batchSize = batchSize == null ? 100 : batchSize;
    }
}
