package org.appeals.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import org.appeals.support.testing.OtherInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
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
                "appeals.outbox.interval=100ms", "appeals.outbox.grace=5s",
                "appeals.routing.metrics.refresh-interval=100ms"})
@EmbeddedKafka(partitions = 1)
@DirtiesContext
class OnceAcrossInstancesIT extends RunningRoutingService {

    private static final Duration HELD_FOR_A_WHILE = Duration.ofMillis(1500); // fifteen relay runs, or refreshes

    @Autowired
    RoutedAppeals appeals;


    @Autowired
    MeterRegistry registry;

    @RegisterExtension
    final OtherInstance other = new OtherInstance();

    @Test
    void anUnpublishedDecisionIsNotRelayedWhileAnotherInstanceHoldsTheRelayLeaseAndIsOnceItIsReleased() {
        other.takeOnceFree("outbox-relay");
        UUID appealId = storedUnpublished();

        await().during(HELD_FOR_A_WHILE).atMost(HELD_FOR_A_WHILE.plusSeconds(2))
                .until(() -> !published(appealId));
        assertThat(assigned.of(appealId)).isEmpty();

        other.release("outbox-relay");

        assertThat(assigned.awaitAtLeast(appealId, 1)).hasSize(1);
        await().atMost(AssignedEvents.WAIT).until(() -> published(appealId));
    }

    @Test
    void theTriageSizeIsReportedWhileThisInstanceHoldsItsLeaseAndWithdrawnWhileAnotherDoes() {
        storedInTriage();
        await().atMost(AssignedEvents.WAIT).until(() -> triageSize().orElse(0.0) >= 1);

        // as if this instance had stalled past the lease's term and another took the gauge over
        other.takeOver("gauge:appeals.triage.size");
        await().atMost(AssignedEvents.WAIT).until(() -> triageSize().isEmpty());
        await().during(HELD_FOR_A_WHILE).atMost(HELD_FOR_A_WHILE.plusSeconds(2))
                .until(() -> triageSize().isEmpty());

        other.leave(); // the other instance stopped
        await().atMost(AssignedEvents.WAIT).until(() -> triageSize().orElse(0.0) >= 1);
    }

    private Optional<Double> triageSize() {
        return Optional.ofNullable(registry.find("appeals.triage.size").gauge()).map(Gauge::value);
    }

    private UUID storedUnpublished() {
        UUID appealId = UUID.randomUUID();
        Instant aMinuteAgo = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.MILLIS);
        Decision decision = new Decision(UUID.randomUUID(), aMinuteAgo, RoutingMethod.AUTO, RoutingOutcome.ASSIGNED,
                Category.ROADS, Municipality.KAMYSHIN, "kamyshin-roads", "Камышин, дороги",
                new RoutingReason("municipal:ROADS", List.of("яма"), 0.7, "stored before a crash"), Actor.SYSTEM);
        appeals.insertIfAbsent(new RoutedAppeal(appealId, UUID.randomUUID(), Channel.POS, aMinuteAgo,
                "Яма на дороге в Камышине", decision));
        return appealId;
    }

    private void storedInTriage() {
        UUID appealId = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Decision triage = new Decision(UUID.randomUUID(), now, RoutingMethod.AUTO, RoutingOutcome.TRIAGE,
                Category.OTHER, Municipality.UNKNOWN, null, null, new RoutingReason("triage", List.of(), 0.1, "test"),
                Actor.SYSTEM);
        appeals.insertIfAbsent(new RoutedAppeal(appealId, UUID.randomUUID(), Channel.VK, now, "спасибо всем", triage));
        appeals.publishPending(appealId);
    }
}
