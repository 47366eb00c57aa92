package org.appeals.routing;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lte;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.appeals.contracts.Actor;
import org.appeals.contracts.Category;
import org.appeals.contracts.Channel;
import org.appeals.contracts.Municipality;
import org.appeals.contracts.RoutingMethod;
import org.appeals.contracts.RoutingOutcome;
import org.appeals.contracts.RoutingReason;
import org.appeals.routing.assignment.Decision;
import org.appeals.routing.assignment.RoutedAppeal;
import org.appeals.routing.assignment.RoutedAppeals;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The service as one of several instances: another instance is played by writing its lease into
 * {@code scheduler_locks}, as ShedLock on that instance would. While it holds a lease, this instance leaves the work
 * (relaying the outbox, reporting the triage size) to it; once the lease is free, this instance does it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
                "spring.mongodb.database=routing-once-it", "appeals.kafka.partitions=1",
                "appeals.routing.outbox.interval=100ms", "appeals.routing.outbox.min-age=5s",
                "appeals.routing.metrics.refresh-interval=100ms"})
@EmbeddedKafka(partitions = 1)
@DirtiesContext
class OnceAcrossInstancesIT extends RunningRoutingService {

    private static final String OTHER = "other-instance";
    private static final Duration HELD_FOR_A_WHILE = Duration.ofMillis(1500); // fifteen relay runs, or refreshes

    @Autowired
    RoutedAppeals appeals;

    @Autowired
    MongoDatabase database;

    @Autowired
    MeterRegistry registry;

    @AfterEach
    void releaseOthersLeases() {
        locks().deleteMany(eq("lockedBy", OTHER));
    }

    @Test
    void anUnpublishedDecisionIsNotRelayedWhileAnotherInstanceHoldsTheRelayLeaseAndIsOnceItIsReleased() {
        takeOnceFree("routing.outbox-relay");
        UUID appealId = storedUnpublished();

        await().during(HELD_FOR_A_WHILE).atMost(HELD_FOR_A_WHILE.plusSeconds(2))
                .until(() -> !published(appealId));
        assertThat(assigned.of(appealId)).isEmpty();

        locks().updateOne(eq("_id", "routing.outbox-relay"), Updates.set("lockUntil", new Date()));

        assertThat(assigned.awaitAtLeast(appealId, 1)).hasSize(1);
        await().atMost(AssignedEvents.WAIT).until(() -> published(appealId));
        assertThat(locks().find(eq("_id", "routing.outbox-relay")).first().getString("lockedBy")).isNotEqualTo(OTHER);
    }

    @Test
    void theTriageSizeIsReportedWhileThisInstanceHoldsItsLeaseAndWithdrawnWhileAnotherDoes() {
        storedInTriage();
        await().atMost(AssignedEvents.WAIT).until(() -> triageSize().orElse(0.0) >= 1);

        // as if this instance had stalled past the lease's term and another took the gauge over
        locks().replaceOne(eq("_id", "gauge:appeals.triage.size"), othersLease(),
                new ReplaceOptions().upsert(true));
        await().atMost(AssignedEvents.WAIT).until(() -> triageSize().isEmpty());
        await().during(HELD_FOR_A_WHILE).atMost(HELD_FOR_A_WHILE.plusSeconds(2))
                .until(() -> triageSize().isEmpty());

        locks().deleteOne(eq("_id", "gauge:appeals.triage.size")); // the other instance stopped
        await().atMost(AssignedEvents.WAIT).until(() -> triageSize().orElse(0.0) >= 1);
    }

    /** Takes a lease the way ShedLock does: only once nobody holds it, so no run of this instance is cut short. */
    private void takeOnceFree(String name) {
        // while this instance holds it, the upsert meets the existing document and fails on its key: try again
        await().atMost(AssignedEvents.WAIT).ignoreExceptions().until(() -> {
            locks().updateOne(and(eq("_id", name), lte("lockUntil", new Date())), new Document("$set", othersLease()),
                    new UpdateOptions().upsert(true));
            return OTHER.equals(locks().find(eq("_id", name)).first().getString("lockedBy"));
        });
    }

    private static Document othersLease() {
        return new Document("lockUntil", Date.from(Instant.now().plus(Duration.ofDays(1))))
                .append("lockedAt", new Date()).append("lockedBy", OTHER);
    }

    private Optional<Double> triageSize() {
        return Optional.ofNullable(registry.find("appeals.triage.size").gauge()).map(Gauge::value);
    }

    private UUID storedUnpublished() {
        UUID appealId = UUID.randomUUID();
        Instant aMinuteAgo = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.MILLIS);
        Decision decision = new Decision(UUID.randomUUID(), aMinuteAgo, RoutingMethod.AUTO, RoutingOutcome.ASSIGNED,
                Category.ROADS, Municipality.KAMYSHIN, "kamyshin-roads", "Камышин, дороги",
                new RoutingReason("municipal:ROADS", List.of("яма"), 0.7, "stored before a crash"), false,
                Actor.SYSTEM);
        appeals.insertIfAbsent(new RoutedAppeal(appealId, UUID.randomUUID(), Channel.POS, aMinuteAgo,
                "Яма на дороге в Камышине", decision));
        return appealId;
    }

    private void storedInTriage() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Decision triage = new Decision(UUID.randomUUID(), now, RoutingMethod.AUTO, RoutingOutcome.TRIAGE,
                Category.OTHER, Municipality.UNKNOWN, null, null, new RoutingReason("triage", List.of(), 0.1, "test"),
                true, Actor.SYSTEM);
        appeals.insertIfAbsent(new RoutedAppeal(UUID.randomUUID(), UUID.randomUUID(), Channel.VK, now,
                "спасибо всем", triage));
    }

    private boolean published(UUID appealId) {
        return appeals.find(appealId).orElseThrow().decision().published();
    }

    private MongoCollection<Document> locks() {
        return database.getCollection("scheduler_locks");
    }
}
