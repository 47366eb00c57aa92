package org.appeals.notification;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.AppealReceived;
import org.appeals.contracts.Channel;
import org.appeals.contracts.ErasureReason;
import org.appeals.contracts.PersonalDataErased;
import org.appeals.contracts.Topics;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Intake erased a resident's personal data: notification forgets where to reply, and sends nothing more there. */
class PersonalDataErasedIT extends NotificationITBase {

    @Autowired
    MongoDatabase database;

    @Test
    void theReplyAddressIsErasedOnTheEventAndALaterAnswerFailsWithAClearReasonInsteadOfGoing() throws Exception {
        AppealReceived appeal = received(Channel.TELEGRAM, "Пётр", Map.of("chatId", "90417"))
                .numbered("34-2026-004242", "K7M2QX9D");
        String key = appeal.appealId().toString();
        PersonalDataErased erased = erased(appeal.appealId(), ErasureReason.REQUEST);
        publisher.publishDurably(Topics.APPEALS_RECEIVED, appeal);
        eventually().until(() -> receiver.noticesFor(key).size() == 1);

        publisher.publishDurably(Topics.APPEALS_PERSONAL_DATA_ERASED, erased);
        eventually().until(() -> "REQUEST".equals(stored(appeal.appealId()).getString("erasedFor")));
        publisher.publishDurably(Topics.APPEALS_PERSONAL_DATA_ERASED, erased); // a replay
        publisher.publishDurably(Topics.APPEALS_RECEIVED, appeal); // a registration replayed after the erasure
        try (var notified = reader(Topics.APPEALS_NOTIFIED)) {
            publisher.publishDurably(Topics.APPEALS_ANSWERED,
                    answered(appeal.appealId(), AnswerKind.FINAL, "Решено."));

            eventually().until(() -> values(notified, appeal.appealId()).size() == 1);
            JsonNode failed = values(notified, appeal.appealId()).get(0);
            assertThat(failed.get("outcome").asString()).isEqualTo("FAILED");
            assertThat(failed.get("detail").asString()).contains("personal data was erased");
        }
        JsonNode delivery = deliveriesOf(appeal.appealId()).get(0);
        assertThat(delivery.get("state").asString()).isEqualTo("PARKED");
        assertThat(delivery.get("detail").asString()).contains("no reply address", "REQUEST");
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
                .until(() -> receiver.callsFor(key).isEmpty() && receiver.noticesFor(key).size() == 1);
        Document address = stored(appeal.appealId());
        assertThat(address.toJson()).doesNotContain("Пётр", "90417", "K7M2QX9D", "ext-");
        assertThat(address.getString("channel")).isEqualTo("TELEGRAM");
    }

    @Test
    void anErasureSeenBeforeTheRegistrationKeepsTheAddressFromEverBeingStored() throws Exception {
        AppealReceived appeal = received(Channel.VK, "Мария", Map.of("postId", "77"))
                .numbered("34-2026-004243", "K7M2QX9E");
        String key = appeal.appealId().toString();

        publisher.publishDurably(Topics.APPEALS_PERSONAL_DATA_ERASED,
                erased(appeal.appealId(), ErasureReason.RETENTION));
        eventually().until(() -> stored(appeal.appealId()) != null);
        publisher.publishDurably(Topics.APPEALS_RECEIVED, appeal);

        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> receiver.noticesFor(key).isEmpty());
        assertThat(stored(appeal.appealId()).toJson()).doesNotContain("Мария", "K7M2QX9E");
        assertThat(noticesOf(appeal.appealId())).isEmpty();
    }

    @Test
    void anErasureWithoutItsReasonGoesToTheDeadLetterTopic() {
        UUID appealId = UUID.randomUUID();
        String invalid = "{\"schemaVersion\":1,\"eventId\":\"" + UUID.randomUUID() + "\",\"appealId\":\"" + appealId
                + "\",\"occurredAt\":\"2031-12-01T03:00:00Z\"}";
        try (var dlt = reader(Topics.deadLetter(Topics.APPEALS_PERSONAL_DATA_ERASED));
             var producer = new KafkaProducer<String, String>(Map.of("bootstrap.servers", brokers),
                     new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.APPEALS_PERSONAL_DATA_ERASED, appealId.toString(), invalid));
            producer.send(new ProducerRecord<>(Topics.APPEALS_PERSONAL_DATA_ERASED, "poison", "{ not json"));
            producer.flush();

            eventually().until(() -> !dlt.valuesFor(appealId.toString()).isEmpty()
                    && !dlt.valuesFor("poison").isEmpty());
            var record = dlt.records().stream().filter(r -> appealId.toString().equals(r.key())).findFirst()
                    .orElseThrow();
            assertThat(new String(record.headers().lastHeader("kafka_dlt-exception-message").value(),
                    StandardCharsets.UTF_8)).contains("reason");
        }
    }

    @Test
    void theRegistrationNoticeGivesNumberCodeAndStatusLinkAndTheFinalAnswerTheFeedbackLink() throws Exception {
        AppealReceived appeal = received(Channel.VK, "Ольга", Map.of("postId", "5"))
                .numbered("34-2026-004244", "M2QX9DK7");
        String key = appeal.appealId().toString();
        publisher.publishDurably(Topics.APPEALS_RECEIVED, appeal);
        publisher.publishDurably(Topics.APPEALS_ANSWERED,
                answered(appeal.appealId(), AnswerKind.FINAL, "Готово."));

        eventually().until(() -> receiver.noticesFor(key).size() == 1 && receiver.callsFor(key).size() == 1);

        String notice = JSON.readTree(receiver.noticesFor(key).get(0).body()).get("text").asString();
        String answer = JSON.readTree(receiver.callsFor(key).get(0).body()).get("text").asString();
        assertThat(notice).contains("номер 34-2026-004244", "M2QX9DK7",
                "https://cur34.example/appeal/34-2026-004244?code=M2QX9DK7");
        assertThat(answer).contains("https://cur34.example/feedback/34-2026-004244?code=M2QX9DK7")
                .doesNotContain("{");
    }

    private Document stored(UUID appealId) {
        return database.getCollection("reply_addresses").find(eq("_id", appealId.toString())).first();
    }

    private static PersonalDataErased erased(UUID appealId, ErasureReason reason) {
        return new PersonalDataErased(PersonalDataErased.SCHEMA_VERSION, UUID.randomUUID(), appealId, Instant.now(),
                reason);
    }
}
