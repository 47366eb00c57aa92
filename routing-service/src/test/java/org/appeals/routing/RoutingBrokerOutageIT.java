package org.appeals.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.appeals.support.testing.StoredOutbox;
import org.appeals.contracts.Actor;
import org.appeals.contracts.AppealAssigned;
import org.appeals.contracts.Category;
import org.appeals.contracts.Channel;
import org.appeals.contracts.Municipality;
import org.appeals.contracts.RoutingMethod;
import org.appeals.contracts.RoutingOutcome;
import org.appeals.contracts.RoutingReason;
import org.appeals.contracts.Topics;
import org.appeals.routing.assignment.Decision;
import org.appeals.routing.assignment.RoutedAppeal;
import org.appeals.routing.assignment.RoutedAppeals;
import org.appeals.support.outbox.OutboxEvent;
import org.appeals.support.testing.MongoWireServer;
import org.appeals.support.web.Role;
import org.appeals.support.testing.ReturningBroker;
import org.appeals.support.testing.TcpGate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The broker is away while routing decides: an appeal goes to triage and an operator places it. Both decisions are
 * stored, the placement is answered, and their events wait in the appeal's outbox. Once the broker can be reached at
 * the configured address, the outbox relay publishes them under the decisions' own event ids, in order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.kafka.admin.auto-create=false", "spring.kafka.listener.auto-startup=false",
                "spring.kafka.producer.properties.max.block.ms=1000", "appeals.kafka.ack-timeout=1s",
                "spring.mongodb.database=routing-outage", "appeals.outbox.interval=300ms", "appeals.outbox.grace=2s"})
@DirtiesContext // closed right after this class, while the database it uses is still up
class RoutingBrokerOutageIT {

    /** Outlives the context (its relay polls until it closes); the test JVM's exit ends it. */
    static final MongoWireServer mongo = MongoWireServer.start();
    /** The service's only way to the broker: shut until the test opens it. */
    static final TcpGate kafkaAddress = new TcpGate();

    @DynamicPropertySource
    static void addresses(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> mongo.uri() + "/?serverSelectionTimeoutMS=3000");
        registry.add("spring.kafka.bootstrap-servers", kafkaAddress::address);
    }

    @Autowired
    RoutedAppeals appeals;
    @Autowired
    MongoDatabase database;
    @LocalServerPort
    int port;

    @Test
    void decisionsTakenWhileTheBrokerIsAwayStandAndArePublishedUnderTheirEventIdsOnceItIsBack() {
        UUID appealId = UUID.randomUUID();
        Decision triage = storedInTriage(appealId);
        assertThat(appeals.publishPending(appealId)).as("the broker did not take it").isFalse();

        ServiceCalls calls = new ServiceCalls(port);
        var placed = calls.post("/api/v1/triage/" + appealId, Role.OPERATOR,
                "{\"category\":\"ROADS\",\"municipality\":\"FROLOVO\"}");

        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(200);
        UUID placement = UUID.fromString(calls.json(placed).get("eventId").asString());
        assertThat(StoredOutbox.pending(database, "appeals", appealId)).extracting(OutboxEvent::eventId)
                .as("stored with the decisions").containsExactly(triage.eventId(), placement);

        var broker = ReturningBroker.start(Topics.APPEALS_ASSIGNED);
        kafkaAddress.openTo(broker.getBrokersAsString());
        try (var assigned = new AssignedEvents(kafkaAddress.address())) {
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> StoredOutbox.pending(database, "appeals", appealId).isEmpty());
            List<UUID> published = assigned.awaitAtLeast(appealId, 2).stream().map(AppealAssigned::eventId)
                    .distinct().toList();
            assertThat(published).containsExactly(triage.eventId(), placement);
        } finally {
            broker.destroy();
        }
    }

    private Decision storedInTriage(UUID appealId) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Decision triage = new Decision(UUID.randomUUID(), now, RoutingMethod.AUTO, RoutingOutcome.TRIAGE,
                Category.OTHER, Municipality.FROLOVO, null, null, new RoutingReason("triage", List.of(), 0.1, "test"),
                Actor.SYSTEM);
        appeals.insertIfAbsent(new RoutedAppeal(appealId, UUID.randomUUID(), Channel.VK, now,
                "Во Фролово на дороге яма", triage));
        return triage;
    }
}
