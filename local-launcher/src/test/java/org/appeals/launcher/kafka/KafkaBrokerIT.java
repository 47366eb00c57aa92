package org.appeals.launcher.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.appeals.launcher.process.Ports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerIT {

    private static final Duration START = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void startsFromAFreshDirectoryAcceptsARecordAndKeepsItAcrossARestart() throws Exception {
        Path data = dir.resolve("kafka");
        int port = Ports.free();
        int controller = Ports.free();

        KafkaBroker broker = KafkaBroker.start(data, dir.resolve("logs"), port, controller);
        RecordMetadata written;
        try {
            broker.awaitReady(START);
            written = produce(broker.bootstrapServers(), "appeals.received", "appeal-1", "{\"hello\":1}");
        } finally {
            broker.stop(Duration.ofSeconds(30));
        }
        String clusterId = Files.readString(data.resolve("cluster.id")).trim();
        assertThat(written.offset()).isZero();
        assertThat(Files.readString(dir.resolve("logs/kafka.log"))).contains("Kafka Server started");

        KafkaBroker restarted = KafkaBroker.start(data, dir.resolve("logs"), port, controller);
        try {
            restarted.awaitReady(START);
            assertThat(consumeAll(restarted.bootstrapServers(), "appeals.received"))
                    .extracting(ConsumerRecord::key, ConsumerRecord::value)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("appeal-1", "{\"hello\":1}"));
        } finally {
            restarted.stop(Duration.ofSeconds(30));
        }
        assertThat(Files.readString(data.resolve("cluster.id")).trim()).isEqualTo(clusterId);
        assertThat(restarted.process().isAlive()).isFalse();
    }

    private static RecordMetadata produce(String bootstrap, String topic, String key, String value) throws Exception {
        Map<String, Object> config = Map.of("bootstrap.servers", bootstrap, "acks", "all",
                "enable.idempotence", "true");
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            return producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    /** Reads partition 0 from the start without a consumer group, so no group coordinator has to come up. */
    private static List<ConsumerRecord<String, String>> consumeAll(String bootstrap, String topic) {
        TopicPartition partition = new TopicPartition(topic, 0);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of("bootstrap.servers", bootstrap),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return !records.isEmpty();
            });
        }
        return records;
    }
}
