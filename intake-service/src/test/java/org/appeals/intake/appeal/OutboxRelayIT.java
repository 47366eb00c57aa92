package org.appeals.intake.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.appeals.contracts.AppealReceived;
import org.appeals.contracts.ResidentResponded;
import org.appeals.contracts.Topics;
import org.appeals.intake.support.AppealBodies;
import org.appeals.intake.support.EmbeddedIntakeTest;
import org.appeals.intake.support.Events;
import org.appeals.intake.support.Samples;
import org.appeals.support.testing.StoredOutbox;
import org.appeals.support.testing.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An appeal or a response stored with its event but never published (the instance stopped): the relay publishes it.
 * One the broker took while its request waited is not left for the relay at all.
 */
class OutboxRelayIT extends EmbeddedIntakeTest {

    @Autowired
    Appeals appeals;

    @Autowired
    Responses responses;

    @Autowired
    MongoDatabase database;

    @Autowired
    MeterRegistry meters;

    @Test
    void anAppealStoredButNeverPublishedIsPublishedByTheRelayWithItsOwnEventId() {
        UUID appealId = UUID.randomUUID();
        AppealReceived stranded = Events.received(appealId, Instant.now().minus(Duration.ofMinutes(1)));
        double republished = republished("appeals");

        appeals.store(stranded);

        try (var topic = new TopicReader(brokers, Topics.APPEALS_RECEIVED)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> !topic.valuesFor(appealId.toString()).isEmpty());
            assertThat(topic.valuesFor(appealId.toString())).allSatisfy(json ->
                    assertThat(Samples.eventId(json)).isEqualTo(stranded.eventId().toString()));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> StoredOutbox.pending(database, "appeals", appealId).isEmpty());
        assertThat(republished("appeals")).isGreaterThan(republished);
    }

    @Test
    void aResponseStoredButNeverPublishedIsPublishedByTheRelayWithItsOwnEventId() {
        UUID appealId = UUID.randomUUID();
        ResidentResponded stranded = Events.feedback(appealId, 3, true, Instant.now().minus(Duration.ofMinutes(1)));
        double republished = republished("responses");

        responses.store(stranded);

        try (var topic = new TopicReader(brokers, Topics.APPEALS_RESPONDED)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> !topic.valuesFor(appealId.toString()).isEmpty());
            assertThat(topic.valuesFor(appealId.toString())).allSatisfy(json ->
                    assertThat(Samples.eventId(json)).isEqualTo(stranded.eventId().toString()));
        }
        await().atMost(Duration.ofSeconds(10))
                .until(() -> StoredOutbox.pending(database, "responses", stranded.responseId()).isEmpty());
        assertThat(republished("responses")).isGreaterThan(republished);
    }

    @Test
    void anAppealPostedWhileTheBrokerIsUpIsPublishedByItsRequestAndLeavesNothingForTheRelay() {
        var response = client().post(AppealBodies.json(AppealBodies.complete("POS", unique("pos"))), "CHANNEL", "POS");

        assertThat(response.statusCode()).isEqualTo(202);
        UUID appealId = UUID.fromString(Samples.read(response.body()).get("appealId").asString());
        assertThat(StoredOutbox.pending(database, "appeals", appealId)).as("taken out before the answer").isEmpty();
    }

    private double republished(String collection) {
        return meters.counter("appeals.outbox.republished", "collection", collection).count();
    }
}
