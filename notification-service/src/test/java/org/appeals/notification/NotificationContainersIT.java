package org.appeals.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.AppealAnswered;
import org.appeals.contracts.AppealReceived;
import org.appeals.contracts.Author;
import org.appeals.contracts.Channel;
import org.appeals.contracts.Topics;
import org.appeals.support.kafka.EventPublisher;
import org.appeals.support.testing.TopicReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;
import tools.jackson.databind.json.JsonMapper;

/** The same flow on a real Apache Kafka broker and a real MongoDB; skipped where Docker is not available. */
@SpringBootTest(classes = NotificationApplication.class, properties = {
        "spring.mongodb.database=notification-containers-it",
        "appeals.notification.retry.initial-interval=100ms",
        "appeals.notification.retry.max-interval=300ms",
        "appeals.notification.worker.poll-interval=50ms"})
@Testcontainers(disabledWithoutDocker = true)
class NotificationContainersIT {

    @Container
    @ServiceConnection
    static final KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.1");

    @Container
    @ServiceConnection
    static final MongoDBContainer mongo = new MongoDBContainer("mongo:8.0");

    static final WebhookReceiver receiver = WebhookReceiver.start();

    @DynamicPropertySource
    static void webhooks(DynamicPropertyRegistry registry) {
        registry.add("appeals.notification.channels.VK.webhook-url", () -> receiver.url("/hooks/VK"));
        // every channel with a webhook needs its own secret to start; only VK's calls are looked at here
        for (Channel channel : Channel.values()) {
            registry.add("appeals.notification.channels." + channel + ".secret",
                    () -> channel == Channel.VK ? "containers-secret" : "containers-secret-" + channel);
        }
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @Autowired
    EventPublisher publisher;

    @Test
    void anAnswerThatFailsOnceIsDeliveredSignedAndAnnouncedOnRealKafkaAndMongo() throws Exception {
        UUID appealId = UUID.randomUUID();
        receiver.respond(appealId.toString(), 503);
        var appeal = new AppealReceived(AppealReceived.SCHEMA_VERSION, UUID.randomUUID(), appealId, Instant.now(),
                Channel.VK, "wall-1", "Яма", new Author("vk-1", "Мария", null), Map.of("postId", "1001"), null,
                List.of(), Instant.now());
        var answer = new AppealAnswered(AppealAnswered.SCHEMA_VERSION, UUID.randomUUID(), appealId, Instant.now(),
                UUID.randomUUID(), "mikhailovka-roads", "Отдел дорожного хозяйства", AnswerKind.FINAL, "Заделана.",
                null);
        try (var notified = new TopicReader(kafka.getBootstrapServers(), Topics.APPEALS_NOTIFIED)) {
            publisher.publishDurably(Topics.APPEALS_ANSWERED, answer);
            publisher.publishDurably(Topics.APPEALS_RECEIVED, appeal);

            await().atMost(Duration.ofSeconds(60)).until(() -> !notified.valuesFor(appealId.toString()).isEmpty());

            var event = JsonMapper.builder().build().readTree(notified.valuesFor(appealId.toString()).get(0));
            assertThat(event.get("outcome").asString()).isEqualTo("DELIVERED");
            assertThat(event.get("attempts").asInt()).isEqualTo(2);
            var call = receiver.callsFor(appealId.toString()).get(1);
            assertThat(call.signature()).isEqualTo(
                    NotificationITBase.expectedSignature("containers-secret", call.timestamp(), call.body()));
        }
    }
}
