package org.appeals.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.appeals.contracts.Channel;
import org.appeals.contracts.Topics;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Watches the platform's topics the way an observer outside it would, and tells the {@link PlatformEvents} when the bench
 * saw each appeal registered, placed in an inbox ({@code appeals.workflow}, step ASSIGN), sent to triage
 * ({@code appeals.assigned}, outcome TRIAGE) and given its final answer ({@code outbound.<channel>}, answerKind
 * FINAL). Starts from the records of
 * the moment it started, so nothing of the run is missed and nothing older is read.
 */
final class PlatformWatch implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final PlatformEvents events;
    private final JsonMapper json;
    private final long fromMillis = System.currentTimeMillis();
    private final CountDownLatch positioned = new CountDownLatch(1);
    private final Thread thread = new Thread(this::pollLoop, "platform-watch");
    private volatile boolean closing;

    private PlatformWatch(String bootstrap, PlatformEvents events, JsonMapper json) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "load-bench-" + UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
        this.events = events;
        this.json = json;
    }

    static PlatformWatch start(String bootstrap, PlatformEvents events, JsonMapper json, Duration timeout) {
        PlatformWatch watch = new PlatformWatch(bootstrap, events, json);
        watch.thread.setDaemon(true);
        watch.thread.start();
        try {
            if (!watch.positioned.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                watch.close();
                throw new IllegalStateException("No partitions of the platform's topics within " + timeout
                        + "; is Kafka at " + bootstrap + "?");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
        return watch;
    }

    private void pollLoop() {
        consumer.subscribe(topics(), new FromStart());
        try {
            while (!closing) {
                var records = consumer.poll(Duration.ofMillis(200));
                long at = System.nanoTime();
                for (ConsumerRecord<String, String> record : records) {
                    handle(record, at);
                }
            }
        } catch (WakeupException e) {
            // close() asked us to stop
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    private void handle(ConsumerRecord<String, String> record, long at) {
        if (record.value() == null) {
            return;
        }
        JsonNode event = json.readTree(record.value());
        String appealId = event.path("appealId").asString("");
        switch (record.topic()) {
            case Topics.APPEALS_RECEIVED -> events.received(appealId, event.path("externalId").asString(""),
                    record.serializedValueSize());
            case Topics.APPEALS_ASSIGNED -> {
                if ("TRIAGE".equals(event.path("outcome").asString())) {
                    events.triaged(appealId, event.path("eventId").asString(""));
                }
            }
            case Topics.APPEALS_WORKFLOW -> {
                if ("ASSIGN".equals(event.path("step").asString())) {
                    events.inInbox(appealId, event.path("departmentId").asString(),
                            event.path("eventId").asString(""), at);
                }
            }
            default -> {
                // status notices (registered, assigned) travel on the same topic; the reply is the FINAL answer
                if ("FINAL".equals(event.path("answerKind").asString())) {
                    events.replied(appealId, at);
                }
            }
        }
    }

    private static List<String> topics() {
        List<String> topics = new ArrayList<>(List.of(Topics.APPEALS_RECEIVED, Topics.APPEALS_ASSIGNED,
                Topics.APPEALS_WORKFLOW));
        for (Channel channel : Channel.values()) {
            topics.add(Topics.outbound(channel));
        }
        return topics;
    }

    /** Seeks every newly assigned partition to the first record written since the watch started. */
    private final class FromStart implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            Map<TopicPartition, Long> times = new java.util.HashMap<>();
            partitions.forEach(partition -> times.put(partition, fromMillis));
            Map<TopicPartition, OffsetAndTimestamp> offsets = consumer.offsetsForTimes(times);
            List<TopicPartition> atEnd = new ArrayList<>();
            offsets.forEach((partition, offset) -> {
                if (offset == null) {
                    atEnd.add(partition);
                } else {
                    consumer.seek(partition, offset.offset());
                }
            });
            consumer.seekToEnd(atEnd);
            atEnd.forEach(consumer::position);
            if (!partitions.isEmpty()) {
                positioned.countDown();
            }
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            // nothing committed, nothing to hand over
        }
    }

    @Override
    public void close() {
        closing = true;
        consumer.wakeup();
    }
}
