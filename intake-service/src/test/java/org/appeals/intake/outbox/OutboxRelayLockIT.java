package org.appeals.intake.outbox;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;
import static org.awaitility.Awaitility.await;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.appeals.contracts.Topics;
import org.appeals.intake.appeal.Appeals;
import org.appeals.intake.support.EmbeddedIntakeTest;
import org.appeals.intake.support.Events;
import org.appeals.support.testing.TopicReader;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two instances, one relay: while another instance holds the relay's lock, this one republishes nothing. */
class OutboxRelayLockIT extends EmbeddedIntakeTest {

    private static final String RELAY_LOCK = "intake.outbox-relay";
    private static final int DUPLICATE_KEY = 11000;

    @Autowired
    Appeals appeals;

    @Autowired
    MongoDatabase database;

    @AfterEach
    void releaseTheOtherInstancesLock() {
        locks().updateOne(eq("_id", RELAY_LOCK), set("lockUntil", new Date()));
    }

    @Test
    void aStrandedAppealWaitsWhileAnotherInstanceRelaysAndIsRepublishedHereOnceItLetsGo() {
        holdRelayLockInAnotherInstance();
        UUID appealId = UUID.randomUUID();

        appeals.store(Events.received(appealId, Instant.now().minus(Duration.ofMinutes(1))));

        // the relay runs every 300 ms here: without the lock it would have published within the first round
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> stillUnpublished(appealId));

        releaseTheOtherInstancesLock();
        try (var topic = new TopicReader(brokers, Topics.APPEALS_RECEIVED)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> !topic.valuesFor(appealId.toString()).isEmpty());
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> !stillUnpublished(appealId));
    }

    /**
     * Takes the lock the way another instance's ShedLock would: only once it is free. Writing it over a round of
     * this instance's relay in flight would be undone by that round's unlock, which matches the lock by name only.
     */
    private void holdRelayLockInAnotherInstance() {
        await().atMost(Duration.ofSeconds(10)).until(this::takeRelayLockAsOtherInstance);
    }

    private boolean takeRelayLockAsOtherInstance() {
        Date now = new Date();
        try {
            locks().findOneAndUpdate(and(eq("_id", RELAY_LOCK), lte("lockUntil", now)),
                    combine(set("lockUntil", Date.from(Instant.now().plus(Duration.ofDays(1)))),
                            set("lockedAt", now), set("lockedBy", "other-instance")),
                    new FindOneAndUpdateOptions().upsert(true));
            return true;
        } catch (MongoException e) {
            if (e.getCode() == DUPLICATE_KEY) {
                return false; // held by this instance's relay right now
            }
            throw e;
        }
    }

    private boolean stillUnpublished(UUID appealId) {
        return appeals.unpublished(Instant.now(), 10_000).stream().anyMatch(event -> event.appealId().equals(appealId));
    }

    private MongoCollection<Document> locks() {
        return database.getCollection("scheduler_locks");
    }
}
