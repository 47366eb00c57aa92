package org.appeals.support.kafka;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How topics are created and how hard consumers retry before a record goes to its dead-letter topic.
 *
 * @param partitions partitions of each platform topic
 * @param replicas replication factor of each platform topic
 * @param ackTimeout how long a durable publish waits for the broker in all; the producer's {@code delivery.timeout.ms}
 *                   (appeals-defaults.properties) ends its own attempts at the same moment
 * @param retryInterval first pause between attempts at a failing record (doubles each time)
 * @param retryAttempts attempts after the first before the record is dead-lettered
 */
@ConfigurationProperties("appeals.kafka")
public record KafkaSupportProperties(
        Integer partitions, Short replicas, Duration ackTimeout, Duration retryInterval, Integer retryAttempts) {

    public KafkaSupportProperties {
        partitions = partitions == null ? 3 : partitions;
        replicas = replicas == null ? 1 : replicas;
        // a request that publishes is answered within about 2 s even while the broker is away (the outbox takes over)
        ackTimeout = ackTimeout == null ? Duration.ofSeconds(2) : ackTimeout;
        retryInterval = retryInterval == null ? Duration.ofMillis(200) : retryInterval;
        retryAttempts = retryAttempts == null ? 4 : retryAttempts;
    }
}
