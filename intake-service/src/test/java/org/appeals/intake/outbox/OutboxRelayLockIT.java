package org.appeals.intake.outbox;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.appeals.contracts.Topics;
import org.appeals.intake.appeal.Appeals;
import org.appeals.intake.support.EmbeddedIntakeTest;
import org.appeals.intake.support.Events;
import org.appeals.support.testing.OtherInstance;
import org.appeals.support.testing.TopicReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** Two instances, one relay: while another instance holds the relay's lock, this one republishes nothing. */
class OutboxRelayLockIT extends EmbeddedIntakeTest {

    private static final String RELAY_LOCK = "intake.outbox-relay";

    @Autowired
    Appeals appeals;


    @RegisterExtension
    final OtherInstance other = new OtherInstance();

    @Test
    void aStrandedAppealWaitsWhileAnotherInstanceRelaysAndIsRepublishedHereOnceItLetsGo() {
        other.takeOnceFree(RELAY_LOCK);
        UUID appealId = UUID.randomUUID();

        appeals.store(Events.received(appealId, Instant.now().minus(Duration.ofMinutes(1))));

        // the relay runs every 300 ms here: without the lock it would have published within the first round
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> stillUnpublished(appealId));

        other.release(RELAY_LOCK);
        try (var topic = new TopicReader(brokers, Topics.APPEALS_RECEIVED)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> !topic.valuesFor(appealId.toString()).isEmpty());
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> !stillUnpublished(appealId));
    }

    private boolean stillUnpublished(UUID appealId) {
        return appeals.unpublished(Instant.now(), 10_000).stream().anyMatch(event -> event.appealId().equals(appealId));
    }
}
