package org.appeals.intake.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.appeals.contracts.AppealReceived;
import org.appeals.contracts.Topics;
import org.appeals.intake.support.AppealBodies;
import org.appeals.intake.support.IntakeClient;
import org.appeals.intake.support.Samples;
import org.appeals.support.testing.StoredOutbox;
import org.appeals.support.testing.ReturningBroker;
import org.appeals.support.testing.TcpGate;
import org.appeals.support.outbox.OutboxEvent;
import org.appeals.support.testing.MongoWireServer;
import org.appeals.support.testing.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The broker is away when an appeal comes in: the appeal is still accepted, because it is stored with its event,
 * and once the broker can be reached at the configured address the relay publishes that very event.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.kafka.admin.auto-create=false", "spring.kafka.listener.auto-startup=false",
                "spring.kafka.producer.properties.max.block.ms=1000", "appeals.kafka.ack-timeout=1s",
                "appeals.outbox.interval=300ms", "appeals.outbox.grace=2s"})
@DirtiesContext // closed right after this class, while the database it polls is still up
class BrokerOutageIT {

    /** Outlives the context (the relay polls it until the context closes); the test JVM's exit ends it. */
    static final MongoWireServer mongo = MongoWireServer.start();
    /** The service's only way to the broker: shut until the test opens it. */
    static final TcpGate kafkaAddress = new TcpGate();

    @DynamicPropertySource
    static void addresses(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", mongo::uri);
        registry.add("spring.kafka.bootstrap-servers", kafkaAddress::address);
    }

    @Autowired
    MongoDatabase database;

    @LocalServerPort
    int port;

    @Test
    void anAppealPostedWhileTheBrokerIsAwayIsAcceptedAndPublishedWithItsEventIdOnceTheBrokerIsBack() {
        var response = new IntakeClient(port).post(
                AppealBodies.json(AppealBodies.complete("POS", "pos-" + UUID.randomUUID())), "CHANNEL", "POS");

        assertThat(response.statusCode()).isEqualTo(202);
        UUID appealId = UUID.fromString(Samples.read(response.body()).get("appealId").asString());
        List<OutboxEvent> queued = StoredOutbox.pending(database, "appeals", appealId);
        assertThat(queued).as("stored, waiting for the broker").singleElement()
                .satisfies(event -> assertThat(event.event()).isInstanceOf(AppealReceived.class));

        var broker = ReturningBroker.start(Topics.APPEALS_RECEIVED);
        kafkaAddress.openTo(broker.getBrokersAsString());
        try (var topic = new TopicReader(kafkaAddress.address(), Topics.APPEALS_RECEIVED)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> !topic.valuesFor(appealId.toString()).isEmpty());
            assertThat(topic.valuesFor(appealId.toString())).allSatisfy(json ->
                    assertThat(Samples.eventId(json)).isEqualTo(queued.get(0).eventId().toString()));
            await().atMost(Duration.ofSeconds(30)).until(() -> StoredOutbox.pending(database, "appeals", appealId).isEmpty());
        } finally {
            broker.destroy();
        }
    }
}
