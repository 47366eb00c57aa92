package org.appeals.department.testing;

import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.appeals.contracts.AppealEvent;
import org.appeals.department.DepartmentApplication;
import org.appeals.support.kafka.EventPublisher;
import org.appeals.support.testing.MongoWireServer;
import org.appeals.support.testing.MovableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The whole service on a real in-JVM Kafka broker and a MongoDB-wire server over TCP, driven over HTTP. Every
 * subclass shares one running service (one Spring context); tests stay apart by using their own appeal and
 * department ids.
 */
@SpringBootTest(classes = DepartmentApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
                "appeals.kafka.partitions=1", "appeals.kafka.retry-interval=50ms",
                "appeals.outbox.interval=200ms", "appeals.outbox.grace=20s",
                // departments here answer without review unless the check flags the answer; ReviewIT names its own
                "appeals.department.review.mode=WHEN_FLAGGED",
                "appeals.department.review.departments[reviewed-always]=ALWAYS",
                "appeals.department.overdue.sweep-interval=1h"})
@EmbeddedKafka(partitions = 1) // KRaft: the only mode spring-kafka 4 has
@Import(TestClockConfiguration.class)
public abstract class DepartmentIntegrationTest {

    // one server for the one shared context; it goes with the JVM
    private static final MongoWireServer MONGO = MongoWireServer.start();

    protected static final Duration WAIT = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", MONGO::uri);
    }

    @Autowired
    protected EventPublisher events;

    @Value("${spring.embedded.kafka.brokers}")
    protected String brokers;

    @LocalServerPort
    protected int port;

    @Autowired
    protected MovableClock clock;

    @org.junit.jupiter.api.AfterEach
    void resetClock() {
        clock.reset();
    }

    protected DepartmentApi api() {
        return DepartmentApi.on(port);
    }

    protected void publish(String topic, AppealEvent event) {
        events.publishDurably(topic, event);
    }

    /** Sends a value exactly as given, as another service's producer (or a broken one) would. */
    protected void sendRaw(String topic, String key, String value) {
        try (var producer = new KafkaProducer<String, String>(Map.of("bootstrap.servers", brokers),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value));
        }
    }

    protected static String itemPath(String departmentId, UUID appealId) {
        return "/api/v1/departments/" + departmentId + "/appeals/" + appealId;
    }

    /** Waits until the department's own key reads the appeal and it satisfies {@code condition}. */
    protected JsonNode awaitItem(String departmentId, UUID appealId, Predicate<JsonNode> condition) {
        DepartmentApi department = api().asDepartment(departmentId);
        return await().atMost(WAIT).until(() -> {
            HttpResponse<String> response = department.get(itemPath(departmentId, appealId));
            return response.statusCode() == 200 ? DepartmentApi.json(response) : null;
        }, item -> item != null && condition.test(item));
    }

    /** Waits until the appeal is in the department's inbox and its content (text) has arrived. */
    protected JsonNode awaitReadable(String departmentId, UUID appealId) {
        return awaitItem(departmentId, appealId, item -> item.path("text").isString());
    }
}
