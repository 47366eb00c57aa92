package org.appeals.department;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.appeals.contracts.Topics;
import org.appeals.department.testing.DepartmentApi;
import org.appeals.department.testing.Events;
import org.appeals.support.kafka.EventPublisher;
import org.appeals.support.testing.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/** The same flow on a real Apache Kafka broker and a real MongoDB, wherever Docker is available. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Testcontainers(disabledWithoutDocker = true)
class DepartmentOnContainersIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Container
    @ServiceConnection
    static final KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.1");

    @Container
    @ServiceConnection
    static final MongoDBContainer mongo = new MongoDBContainer("mongo:8.0");

    @Autowired
    EventPublisher events;

    @LocalServerPort
    int port;

    @Test
    void anAssignedAppealIsReadAndAnsweredAndTheAnswerReachesKafka() {
        String department = Events.department();
        UUID appealId = UUID.randomUUID();
        events.publishDurably(Topics.APPEALS_RECEIVED, Events.received(appealId, "Яма на ул. Мира"));
        events.publishDurably(Topics.APPEALS_ASSIGNED, Events.assigned(appealId, department));
        DepartmentApi api = DepartmentApi.on(port).asDepartment(department);
        String item = "/api/v1/departments/" + department + "/appeals/" + appealId;

        await().atMost(WAIT).until(() -> {
            HttpResponse<String> response = api.get(item);
            return response.statusCode() == 200 && DepartmentApi.json(response).path("text").isString();
        });
        HttpResponse<String> answered = api.answer(department, appealId, "FINAL", "Яма заделана.");

        assertThat(answered.statusCode()).isEqualTo(202);
        try (var topic = new TopicReader(kafka.getBootstrapServers(), Topics.APPEALS_ANSWERED)) {
            await().atMost(WAIT).until(() -> topic.valuesFor(appealId.toString()).size() == 1);
            assertThat(topic.valuesFor(appealId.toString()).get(0)).contains("\"kind\":\"FINAL\"", department);
        }
        assertThat(api.answer(department, appealId, "FINAL", "Ещё раз.").statusCode()).isEqualTo(409);
    }
}
