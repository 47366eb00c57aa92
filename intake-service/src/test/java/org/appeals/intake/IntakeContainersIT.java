package org.appeals.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.appeals.contracts.ContractSamples;
import org.appeals.contracts.Topics;
import org.appeals.intake.support.AppealBodies;
import org.appeals.intake.support.IntakeClient;
import org.appeals.intake.support.RawKafka;
import org.appeals.intake.support.Samples;
import org.appeals.support.testing.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/** The same round trip against a real Apache Kafka broker and a real MongoDB, wherever Docker is available. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Testcontainers(disabledWithoutDocker = true)
class IntakeContainersIT {

    @Container
    @ServiceConnection
    static KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.1");

    @Container
    @ServiceConnection
    static MongoDBContainer mongo = new MongoDBContainer("mongo:8.0");

    @LocalServerPort
    int port;

    @Test
    void anAppealIsRegisteredOnceAndFollowedToItsAssignment() {
        IntakeClient client = new IntakeClient(port);
        String body = AppealBodies.json(AppealBodies.complete("TELEGRAM", "chat-77:" + UUID.randomUUID()));

        var first = client.post(body, "CHANNEL", "TELEGRAM");
        var again = client.post(body, "CHANNEL", "TELEGRAM");

        assertThat(first.statusCode()).isEqualTo(202);
        String appealId = Samples.read(first.body()).get("appealId").asString();
        assertThat(Samples.read(again.body()).get("appealId").asString()).isEqualTo(appealId);
        try (var topic = new TopicReader(kafka.getBootstrapServers(), Topics.APPEALS_RECEIVED);
             var producer = new RawKafka(kafka.getBootstrapServers())) {
            await().atMost(Duration.ofSeconds(60)).during(Duration.ofSeconds(1))
                    .until(() -> topic.valuesFor(appealId).size() == 1);
            producer.send(Topics.APPEALS_ASSIGNED, appealId,
                    Samples.forAppeal(ContractSamples.APPEAL_ASSIGNED, UUID.fromString(appealId)));
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            var view = Samples.read(client.appeal(appealId, "OPERATOR", null).body());
            assertThat(view.get("status").asString()).isEqualTo("ASSIGNED");
            assertThat(view.get("municipality").get("name").asString()).isEqualTo("Михайловка");
        });
    }
}
