package org.appeals.support.kafka;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.appeals.contracts.AppealEvent;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/**
 * Publishes appeal events keyed by their appeal id, so that one appeal's events stay in order on a partition.
 * {@link #publishDurably} returns only once the broker has acknowledged the record with {@code acks=all}, and gives up
 * after {@code appeals.kafka.ack-timeout} in all, the time {@code send} may block for metadata included.
 */
public class EventPublisher {

    private final KafkaTemplate<String, Object> kafka;
    private final Duration ackTimeout;

    public EventPublisher(KafkaTemplate<String, Object> kafka, Duration ackTimeout) {
        this.kafka = kafka;
        this.ackTimeout = ackTimeout;
    }

    /** Sends and waits for the broker's acknowledgement; throws {@link PublishFailedException} if it does not come. */
    public void publishDurably(String topic, AppealEvent event) {
        publishDurably(topic, event.appealId().toString(), event);
    }

    /** Sends any payload under a key and waits for the acknowledgement. */
    public void publishDurably(String topic, String key, Object payload) {
        long deadline = System.nanoTime() + ackTimeout.toNanos();
        CompletableFuture<SendResult<String, Object>> sent;
        try {
            sent = publish(topic, key, payload);
        } catch (org.apache.kafka.common.KafkaException | org.springframework.kafka.KafkaException e) {
            throw new PublishFailedException("the broker did not take the event", e);
        }
        await(sent, deadline);
    }

    /** Sends without waiting; the future completes when the broker acknowledges. */
    public CompletableFuture<SendResult<String, Object>> publish(String topic, String key, Object payload) {
        return kafka.send(topic, key, payload);
    }

    private static void await(CompletableFuture<SendResult<String, Object>> sent, long deadline) {
        try {
            sent.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException("interrupted while waiting for the broker", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new PublishFailedException("the broker did not acknowledge the event", e);
        }
    }
}
