package org.appeals.intake.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.appeals.contracts.AppealSubmission;
import org.appeals.contracts.Channel;
import org.appeals.contracts.Topics;
import org.appeals.intake.support.AppealBodies;
import org.appeals.intake.support.EmbeddedIntakeTest;
import org.appeals.intake.support.RawKafka;
import org.appeals.intake.support.Samples;
import org.appeals.support.testing.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.ObjectNode;

class KafkaSubmissionIT extends EmbeddedIntakeTest {

    @Autowired
    MeterRegistry meters;

    @Test
    void aSubmittedAppealIsRegisteredAndPublishedAsAppealReceived() {
        String externalId = unique("chat-77");

        submit(AppealBodies.complete("TELEGRAM", externalId));

        var received = receivedFor(externalId, 1);
        assertThat(received.get(0).get("channel").asString()).isEqualTo("TELEGRAM");
        assertThat(received.get(0).get("replyTo").get("chatId").asString()).isEqualTo("77");
        assertThat(received.get(0).get("receivedAt").asString()).isEqualTo("2026-11-20T08:15:29Z");
    }

    @Test
    void aSubmittedCategoryHintReachesAppealReceivedAndABadOneTheDeadLetterTopic() {
        String hinted = unique("chat-78");
        String wrong = unique("chat-79");

        submit(AppealBodies.complete("TELEGRAM", hinted).put("categoryHint", "WASTE"));
        submit(AppealBodies.complete("TELEGRAM", wrong).put("categoryHint", "PARKING"));

        assertThat(receivedFor(hinted, 1).get(0).get("categoryHint").asString()).isEqualTo("WASTE");
        try (var dlt = new TopicReader(brokers, Topics.deadLetter(Topics.APPEALS_SUBMITTED))) {
            String key = AppealSubmission.key(Channel.TELEGRAM, wrong);
            await().atMost(Duration.ofSeconds(30)).until(() -> recordsFor(dlt, key).size() == 1);
            assertThat(reason(recordsFor(dlt, key).get(0))).contains("categoryHint is not a category code");
        }
    }

    @Test
    void theSameSubmissionTwiceRegistersOneAppeal() {
        String externalId = unique("wall-201");
        double duplicates = counter("appeals.duplicates", "VK");

        submit(AppealBodies.complete("VK", externalId));
        submit(AppealBodies.complete("VK", externalId));

        await().atMost(Duration.ofSeconds(30)).until(() -> counter("appeals.duplicates", "VK") == duplicates + 1);
        receivedFor(externalId, 1);
    }

    @Test
    void anInvalidSubmissionGoesToTheDeadLetterTopicWithTheValidationMessage() {
        String externalId = unique("ok-3001");
        ObjectNode body = AppealBodies.complete("OK", externalId);
        body.remove("text");
        body.putObject("location").put("lat", 123.0);

        submit(body);

        try (var dlt = new TopicReader(brokers, Topics.deadLetter(Topics.APPEALS_SUBMITTED))) {
            String key = AppealSubmission.key(Channel.OK, externalId);
            await().atMost(Duration.ofSeconds(30)).until(() -> recordsFor(dlt, key).size() == 1);
            assertThat(reason(recordsFor(dlt, key).get(0)))
                    .contains("Invalid appeal: text is required and must not be blank")
                    .contains("location.lat must be between -90 and 90")
                    .doesNotContain("Пётр");
        }
    }

    @Test
    void aSubmissionWhoseDateOrPointNoConsumerCouldHoldGoesToTheDeadLetterTopicWithTheReason() {
        String externalId = unique("tg-4001");
        ObjectNode body = AppealBodies.complete("TELEGRAM", externalId)
                .put("receivedAt", "+1000000000-12-31T23:59:59Z");
        ((ObjectNode) body.get("location")).put("lon", "NaN");

        submit(body);

        try (var dlt = new TopicReader(brokers, Topics.deadLetter(Topics.APPEALS_SUBMITTED))) {
            String key = AppealSubmission.key(Channel.TELEGRAM, externalId);
            await().atMost(Duration.ofSeconds(30)).until(() -> recordsFor(dlt, key).size() == 1);
            assertThat(reason(recordsFor(dlt, key).get(0)))
                    .contains("receivedAt must be between 2000-01-01T00:00:00Z and ")
                    .contains("location.lon must be between -180 and 180");
        }
    }

    @Test
    void anAppealPostedOverHttpAndThenSubmittedOnKafkaIsOneAppeal() {
        String externalId = unique("<a1@mail>");
        var posted = client().post(AppealBodies.json(AppealBodies.complete("EMAIL", externalId)), "CHANNEL", "EMAIL");
        assertThat(posted.statusCode()).isEqualTo(202);
        double duplicates = counter("appeals.duplicates", "EMAIL");

        submit(AppealBodies.complete("EMAIL", externalId));

        await().atMost(Duration.ofSeconds(30)).until(() -> counter("appeals.duplicates", "EMAIL") == duplicates + 1);
        var received = receivedFor(externalId, 1);
        assertThat(received.get(0).get("appealId").asString())
                .isEqualTo(Samples.read(posted.body()).get("appealId").asString());
    }

    @Test
    void aSubmittedReplyIsAcceptedAsTheResidentsResponse() {
        var posted = client().post(AppealBodies.json(AppealBodies.complete("TELEGRAM", unique("chat-5"))),
                "CHANNEL", "TELEGRAM");
        String appealId = Samples.read(posted.body()).get("appealId").asString();
        String replyId = unique("chat-5-reply");

        submit(AppealBodies.reply("TELEGRAM", replyId, appealId));

        try (var responded = new TopicReader(brokers, Topics.APPEALS_RESPONDED)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> responded.valuesFor(appealId).size() == 1);
            var event = Samples.read(responded.valuesFor(appealId).get(0));
            assertThat(event.get("externalId").asString()).isEqualTo(replyId);
            assertThat(event.get("kind").asString()).isEqualTo("CLARIFICATION");
        }
    }

    @Test
    void aReplyAboutAnotherChannelsAppealIsDeadLetteredAsNotFound() {
        var posted = client().post(AppealBodies.json(AppealBodies.complete("VK", unique("wall-9"))), "CHANNEL", "VK");
        String appealId = Samples.read(posted.body()).get("appealId").asString();
        String replyId = unique("ok-reply");

        submit(AppealBodies.reply("OK", replyId, appealId));

        try (var dlt = new TopicReader(brokers, Topics.deadLetter(Topics.APPEALS_SUBMITTED))) {
            String key = AppealSubmission.key(Channel.OK, replyId);
            await().atMost(Duration.ofSeconds(30)).until(() -> recordsFor(dlt, key).size() == 1);
            assertThat(reason(recordsFor(dlt, key).get(0))).contains("No appeal with this id.");
        }
    }

    private void submit(ObjectNode body) {
        String key = AppealSubmission.key(Channel.valueOf(body.get("channel").asString()),
                body.get("externalId").asString());
        try (var kafka = new RawKafka(brokers)) {
            kafka.send(Topics.APPEALS_SUBMITTED, key, AppealBodies.json(body));
        }
    }

    /** The AppealReceived events for an external id, once there are {@code expected} and no more follow. */
    private List<tools.jackson.databind.JsonNode> receivedFor(String externalId, int expected) {
        try (var topic = new TopicReader(brokers, Topics.APPEALS_RECEIVED)) {
            await().atMost(Duration.ofSeconds(30)).during(Duration.ofSeconds(1))
                    .until(() -> eventsFor(topic, externalId).size() == expected);
            return eventsFor(topic, externalId);
        }
    }

    private static List<tools.jackson.databind.JsonNode> eventsFor(TopicReader topic, String externalId) {
        return topic.records().stream().map(r -> Samples.read(r.value()))
                .filter(event -> externalId.equals(event.get("externalId").asString()))
                .toList();
    }

    private static List<ConsumerRecord<String, String>> recordsFor(TopicReader topic, String key) {
        return topic.records().stream().filter(r -> key.equals(r.key())).toList();
    }

    private static String reason(ConsumerRecord<String, String> record) {
        return new String(record.headers().lastHeader("kafka_dlt-exception-message").value(), StandardCharsets.UTF_8);
    }

    private double counter(String name, String channel) {
        return meters.counter(name, "channel", channel).count();
    }
}
