package org.appeals.intake.appeal;

import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.appeals.contracts.Topics;
import org.appeals.intake.support.EmbeddedIntakeTest;
import org.appeals.intake.support.Events;
import org.appeals.support.testing.StoredOutbox;
import org.appeals.support.testing.OtherInstance;
import org.appeals.support.testing.TopicReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** Two instances, one relay: while another instance holds the relay's lock, this one republishes nothing. */
class OutboxRelayLockIT extends EmbeddedIntakeTest {

    /** service-support's relay, shared by every outbox of the service. */
    private static final String RELAY_LOCK = "outbox-relay";

    @Autowired
    Appeals appeals;

    @Autowired
    MongoDatabase database;

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
        return !StoredOutbox.pending(database, "appeals", appealId).isEmpty();
    }
}
