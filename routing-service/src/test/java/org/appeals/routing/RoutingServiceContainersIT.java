package org.appeals.routing;

import static org.appeals.routing.ReceivedAppeals.received;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.util.List;
import org.appeals.support.testing.StoredOutbox;
import org.appeals.contracts.AppealAssigned;
import org.appeals.contracts.AppealReceived;
import org.appeals.contracts.RoutingMethod;
import org.appeals.contracts.RoutingOutcome;
import org.appeals.contracts.Topics;
import org.appeals.routing.assignment.RoutedAppeals;
import org.appeals.support.kafka.EventPublisher;
import org.appeals.support.testing.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The same routing on a real Apache Kafka broker and a real MongoDB, wherever Docker is available. */
@SpringBootTest(properties = {"spring.mongodb.database=routing-containers", "appeals.kafka.partitions=1"})
@Testcontainers(disabledWithoutDocker = true)
class RoutingServiceContainersIT {

    @Container
    @ServiceConnection
    static final KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.1");

    @Container
    @ServiceConnection
    static final MongoDBContainer mongo = new MongoDBContainer("mongo:8.0");

    @Autowired
    EventPublisher publisher;

    @Autowired
    RoutedAppeals appeals;

    @Autowired
    MongoDatabase database;

    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    @Test
    void routesPotholeInMikhailovkaToItsRoadsDepartmentAndStoresTheDecisionOnce() {
        AppealReceived pothole = received("яма на улице Мира в Михайловке");

        publisher.publishDurably(Topics.APPEALS_RECEIVED, pothole);
        publisher.publishDurably(Topics.APPEALS_RECEIVED, pothole);

        try (var assigned = new TopicReader(kafka.getBootstrapServers(), Topics.APPEALS_ASSIGNED)) {
            List<AppealAssigned> events = await().atMost(Duration.ofSeconds(60))
                    .until(() -> assigned.valuesFor(pothole.appealId().toString()).stream()
                            .map(value -> json.readValue(value, AppealAssigned.class)).toList(), e -> !e.isEmpty());
            assertThat(events.get(0).outcome()).isEqualTo(RoutingOutcome.ASSIGNED);
            assertThat(events.get(0).method()).isEqualTo(RoutingMethod.AUTO);
            assertThat(events.get(0).departmentId()).isEqualTo("mikhailovka-roads");
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> StoredOutbox.pending(database, "appeals", pothole.appealId()).isEmpty());
            assertThat(appeals.find(pothole.appealId()).orElseThrow().decision().eventId())
                    .isEqualTo(events.get(0).eventId());
        }
    }
}
