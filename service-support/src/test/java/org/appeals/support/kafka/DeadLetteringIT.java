package org.appeals.support.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.appeals.contracts.AppealReceived;
import org.appeals.contracts.Author;
import org.appeals.contracts.Channel;
import org.appeals.contracts.Topics;
import org.appeals.support.testing.MongoWireServer;
import org.appeals.support.testing.TopicReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(classes = SupportTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
                "spring.mongodb.database=support-test", "appeals.kafka.retry-interval=50ms"})
@EmbeddedKafka(partitions = 1) // KRaft: the only mode spring-kafka 4 has
class DeadLetteringIT {

    static final MongoWireServer mongo = MongoWireServer.start();

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", mongo::uri);
    }

    @AfterAll
    static void stopMongo() {
        mongo.close();
    }

    @Autowired
    EventPublisher publisher;

    @Autowired
    SupportTestApplication.ReceivedRecorder recorder;

    @Value("${spring.embedded.kafka.brokers}")
    String brokers;

    @LocalServerPort
    int port;

    @Test
    void unreadableAndInvalidRecordsLandInTheDeadLetterTopicAndTheConsumerGoesOn() {
        sendRaw("poison-1", "this is not json {");
        AppealReceived invalid = received(null);
        publisher.publishDurably(Topics.APPEALS_RECEIVED, invalid);
        AppealReceived good = received("Яма на дороге");
        publisher.publishDurably(Topics.APPEALS_RECEIVED, good);

        await().atMost(Duration.ofSeconds(30)).until(() -> !recorder.seen.isEmpty());
        assertThat(recorder.seen).extracting(AppealReceived::appealId).containsExactly(good.appealId());
        try (var dlt = new TopicReader(brokers, Topics.deadLetter(Topics.APPEALS_RECEIVED))) {
            await().atMost(Duration.ofSeconds(30)).until(() -> dlt.records().size() == 2);
            var byKey = dlt.records().stream().collect(java.util.stream.Collectors.toMap(r -> r.key(), r -> r));
            var poison = byKey.get("poison-1");
            assertThat(poison.value()).isEqualTo("this is not json {");
            assertThat(reason(poison)).isNotBlank();
            assertThat(reason(byKey.get(invalid.appealId().toString()))).contains("event has no text");
        }
        // what the "records in a dead-letter topic" alert counts
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(scrape())
                .contains("appeals_dead_letters_total{topic=\"appeals.received.dlt\"} 2.0"));
    }

    @Test
    void healthIsUpAgainstTheMongoWireServerWithoutDetailsAndPrometheusIsExposed() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        var health = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        var metrics = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(health.statusCode()).isEqualTo(200);
        // the ping check counts in the status, but no component or error is shown to an unauthenticated probe
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components")
                .doesNotContain("mongoPing");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    }

    /** What ops/prometheus's rules and the Grafana dashboard rely on, from every service built on service-support. */
    @Test
    void exportsSloLatencyBucketsMongoCommandLatencyConsumerLagAndProducerErrors() {
        // a topic nobody here listens to: the producer's metrics exist only once it has sent something
        publisher.publishDurably(Topics.APPEALS_ASSIGNED, "metrics-probe", Map.of("probe", true));

        // Micrometer picks up Kafka's per-partition metrics when it next refreshes the client's metrics (every 60s)
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(scrape())
                // the health check above pings MongoDB and is itself an HTTP request
                .containsPattern("http_server_requests_seconds_bucket\\{[^}]*le=\"0\\.25\"")
                .containsPattern("mongodb_driver_commands_seconds_bucket\\{[^}]*command=\"ping\"[^}]*le=\"0\\.005\"")
                // Kafka's default client id is consumer-<group>-<n>: the rules take the group from it
                .containsPattern("kafka_consumer_fetch_manager_records_lag\\{[^}]*client_id=\"consumer-support-test-\\d+\"[^}]*topic=\"appeals\\.received\"")
                .containsPattern("kafka_producer_record_error_total\\{")
                .containsPattern("kafka_producer_record_send_total\\{"));
    }

    private String scrape() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.discarding());
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String reason(org.apache.kafka.clients.consumer.ConsumerRecord<String, String> record) {
        return new String(record.headers().lastHeader("kafka_dlt-exception-message").value());
    }

    private void sendRaw(String key, String value) {
        try (var producer = new KafkaProducer<String, String>(Map.of("bootstrap.servers", brokers),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.APPEALS_RECEIVED, key, value));
        }
    }

    private static AppealReceived received(String text) {
        UUID appealId = UUID.randomUUID();
        return new AppealReceived(AppealReceived.SCHEMA_VERSION, UUID.randomUUID(), appealId, Instant.now(),
                Channel.VK, "wall-" + appealId, text, new Author("vk-1", "Иван", null), Map.of("postId", "1"),
                null, List.of(), Instant.now());
    }
}
