package org.appeals.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.AppealAnswered;
import org.appeals.contracts.AppealReceived;
import org.appeals.contracts.Channel;
import org.appeals.contracts.Topics;
import org.junit.jupiter.api.Test;

class PoisonAnswerIT extends NotificationITBase {

    @Test
    void unreadableAndInvalidAnswersGoToTheDeadLetterTopicAndLaterAnswersAreStillDelivered() throws Exception {
        AppealReceived appeal = received(Channel.VK, "Мария", Map.of("postId", "1"));
        String poisonKey = "poison-" + UUID.randomUUID();
        AppealAnswered noAnswerId = new AppealAnswered(AppealAnswered.SCHEMA_VERSION, UUID.randomUUID(),
                UUID.randomUUID(), Instant.now(), null, "dept", "Отдел", AnswerKind.FINAL, "Текст", null);
        try (var dlt = reader(Topics.deadLetter(Topics.APPEALS_ANSWERED))) {
            sendRaw(poisonKey, "{ this is not an answer");
            publisher.publishDurably(Topics.APPEALS_ANSWERED, noAnswerId);
            publisher.publishDurably(Topics.APPEALS_RECEIVED, appeal);
            publisher.publishDurably(Topics.APPEALS_ANSWERED, answered(appeal.appealId(), AnswerKind.FINAL, "Сделано."));

            eventually().until(() -> receiver.callsFor(appeal.appealId().toString()).size() == 1);
            eventually().until(() -> !dlt.valuesFor(poisonKey).isEmpty()
                    && !dlt.valuesFor(noAnswerId.appealId().toString()).isEmpty());

            var poison = dlt.records().stream().filter(r -> poisonKey.equals(r.key())).findFirst().orElseThrow();
            assertThat(poison.value()).isEqualTo("{ this is not an answer");
            var invalid = dlt.records().stream().filter(r -> noAnswerId.appealId().toString().equals(r.key()))
                    .findFirst().orElseThrow();
            assertThat(new String(invalid.headers().lastHeader("kafka_dlt-exception-message").value(),
                    StandardCharsets.UTF_8)).contains("event has no answerId");
            assertThat(getDeliveries(noAnswerId.appealId().toString(), "OPERATOR").statusCode()).isEqualTo(404);
        }
    }

    private void sendRaw(String key, String value) {
        try (var producer = new KafkaProducer<String, String>(Map.of("bootstrap.servers", brokers),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.APPEALS_ANSWERED, key, value));
        }
    }
}
