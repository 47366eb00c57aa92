package org.appeals.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.appeals.contracts.AppealReceived;
import org.appeals.contracts.Author;
import org.appeals.contracts.Channel;
import org.appeals.support.testing.MongoWireServer;
import org.appeals.support.testing.TopicReader;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The outbox against a real broker and a MongoDB-wire server: events stored with a document are published in order
 * and leave it; the relay publishes what a request left behind, but not what a request may still be publishing.
 */
@SpringBootTest(classes = OutboxIT.OutboxTestApplication.class,
        properties = {"spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
                "spring.mongodb.database=outbox-test", "appeals.outbox.interval=1h", "appeals.outbox.grace=15s"})
@EmbeddedKafka(partitions = 1)
class OutboxIT {

    static final String TOPIC = "outbox.test";
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
    Outboxes outboxes;
    @Autowired
    OutboxRelay relay;
    @Autowired
    MongoDatabase database;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;

    MongoCollection<Document> things;
    Outbox outbox;

    @BeforeEach
    void freshCollection() {
        things = database.getCollection("things-" + UUID.randomUUID());
        outbox = outboxes.of(things);
    }

    @Test
    void eventsStoredWithTheChangeArePublishedInOrderAndLeaveTheDocument() {
        UUID appealId = UUID.randomUUID();
        List<OutboxEvent> events = List.of(OutboxEvent.of(TOPIC, received(appealId, "первое", Instant.now())),
                OutboxEvent.of(TOPIC, received(appealId, "второе", Instant.now())));
        things.insertOne(new Document("_id", "thing-1").append(OutboxDocuments.FIELD, OutboxDocuments.entries(events)));

        assertThat(outbox.publish("thing-1", events)).isTrue();

        try (var topic = new TopicReader(brokers, TOPIC)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> topic.valuesFor(appealId.toString()).size() == 2);
            assertThat(topic.valuesFor(appealId.toString())).satisfiesExactly(
                    first -> assertThat(first).contains("первое"), second -> assertThat(second).contains("второе"));
        }
        assertThat(OutboxDocuments.events(things.find().first())).isEmpty();
    }

    @Test
    void theRelayPublishesWhatARequestLeftButNotWhatARequestMayStillBePublishing() {
        UUID strandedAppeal = UUID.randomUUID();
        UUID youngAppeal = UUID.randomUUID();
        OutboxEvent stranded = OutboxEvent.of(TOPIC, received(strandedAppeal, "осталось", Instant.now().minusSeconds(60)));
        OutboxEvent young = OutboxEvent.of(TOPIC, received(youngAppeal, "публикуется", Instant.now()));
        things.insertOne(new Document("_id", "old").append(OutboxDocuments.FIELD, OutboxDocuments.entries(List.of())));
        things.updateOne(new Document("_id", "old"), OutboxDocuments.append(List.of(stranded)));
        things.insertOne(new Document("_id", "young").append(OutboxDocuments.FIELD,
                OutboxDocuments.entries(List.of(young))));

        relay.relay();

        try (var topic = new TopicReader(brokers, TOPIC)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> topic.valuesFor(strandedAppeal.toString()).size() == 1);
            assertThat(topic.valuesFor(youngAppeal.toString())).isEmpty();
        }
        assertThat(OutboxDocuments.events(things.find(new Document("_id", "old")).first())).isEmpty();
        assertThat(OutboxDocuments.events(things.find(new Document("_id", "young")).first()))
                .extracting(OutboxEvent::eventId).containsExactly(young.eventId());
    }

    @Test
    void anEventReadsBackAsTheSameRecordAndItsTextStaysOutOfLogs() {
        AppealReceived event = received(UUID.randomUUID(), "Иванов Иван, ул. Ленина 5", Instant.now());
        things.insertOne(new Document("_id", "x").append(OutboxDocuments.FIELD,
                OutboxDocuments.entries(List.of(OutboxEvent.of(TOPIC, event)))));

        OutboxEvent stored = OutboxDocuments.events(things.find().first()).get(0);

        assertThat(stored.event()).isEqualTo(event);
        assertThat(stored.toString()).doesNotContain("Ленина").contains(event.eventId().toString());
    }

    private static AppealReceived received(UUID appealId, String text, Instant at) {
        return new AppealReceived(AppealReceived.SCHEMA_VERSION, UUID.randomUUID(), appealId, at, Channel.VK,
                "wall-" + appealId, text, new Author("vk-1", "Иван", null), Map.of("postId", "1"), null, List.of(), at);
    }

    @SpringBootApplication
    static class OutboxTestApplication {
    }
}
