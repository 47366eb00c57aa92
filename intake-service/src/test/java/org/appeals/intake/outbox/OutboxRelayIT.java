package org.appeals.intake.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.appeals.contracts.AppealReceived;
import org.appeals.contracts.ResidentResponded;
import org.appeals.contracts.Topics;
import org.appeals.intake.appeal.Appeals;
import org.appeals.intake.appeal.Responses;
import org.appeals.intake.support.EmbeddedIntakeTest;
import org.appeals.intake.support.Events;
import org.appeals.intake.support.Samples;
import org.appeals.support.testing.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OutboxRelayIT extends EmbeddedIntakeTest {

    @Autowired
    Appeals appeals;

    @Autowired
    Responses responses;

    @Autowired
    MeterRegistry meters;

    @Test
    void anAppealStoredButNeverPublishedIsPublishedByTheRelayWithItsOwnEventId() {
        UUID appealId = UUID.randomUUID();
        AppealReceived stranded = Events.received(appealId, Instant.now().minus(Duration.ofMinutes(1)));
        double republished = meters.counter("appeals.outbox.republished").count();

        appeals.store(stranded);

        try (var topic = new TopicReader(brokers, Topics.APPEALS_RECEIVED)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> !topic.valuesFor(appealId.toString()).isEmpty());
            assertThat(topic.valuesFor(appealId.toString())).allSatisfy(json ->
                    assertThat(Samples.eventId(json)).isEqualTo(stranded.eventId().toString()));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> appeals.unpublished(Instant.now(), 10_000).stream()
                .noneMatch(event -> event.appealId().equals(appealId)));
        assertThat(meters.counter("appeals.outbox.republished").count()).isGreaterThan(republished);
    }

    @Test
    void aResponseStoredButNeverPublishedIsPublishedByTheRelayWithItsOwnEventId() {
        UUID appealId = UUID.randomUUID();
        ResidentResponded stranded = Events.feedback(appealId, 3, true, Instant.now().minus(Duration.ofMinutes(1)));

        responses.store(stranded);

        try (var topic = new TopicReader(brokers, Topics.APPEALS_RESPONDED)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> !topic.valuesFor(appealId.toString()).isEmpty());
            assertThat(topic.valuesFor(appealId.toString())).allSatisfy(json ->
                    assertThat(Samples.eventId(json)).isEqualTo(stranded.eventId().toString()));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> responses.unpublished(Instant.now(), 10_000).stream()
                .noneMatch(event -> event.appealId().equals(appealId)));
    }
}
