package org.appeals.notification;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.appeals.contracts.Actor;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.Channel;
import org.appeals.contracts.Topics;
import org.appeals.notification.address.ReplyAddress;
import org.appeals.notification.address.ReplyAddresses;
import org.appeals.notification.delivery.Deliveries;
import org.appeals.notification.delivery.Delivery;
import org.appeals.notification.delivery.DeliveryIds;
import org.appeals.notification.delivery.DeliveryState;
import org.appeals.notification.delivery.Resend;
import org.appeals.support.outbox.OutboxDocuments;
import org.appeals.support.outbox.OutboxEvent;
import org.appeals.support.testing.MongoWireServer;
import org.appeals.support.testing.TopicReader;
import org.appeals.support.testing.ReturningBroker;
import org.appeals.support.testing.TcpGate;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The broker goes away after two replies went onto their {@code outbound.<CHANNEL>} topics: one is delivered, the
 * other parked against a dead adapter. Both outcomes are stored with their deliveries and wait in the deliveries'
 * outbox; the parked one cannot be re-sent before its FAILED is out. Once the broker can be reached at the configured
 * address, the outbox relay publishes those very events, and the re-send ends in an event of its own.
 */
@SpringBootTest(classes = NotificationApplication.class,
        properties = {"spring.kafka.admin.auto-create=false", "spring.kafka.listener.auto-startup=false",
                "spring.kafka.producer.properties.max.block.ms=1000", "appeals.kafka.ack-timeout=1s",
                "spring.mongodb.database=notification-outage",
                "appeals.outbox.interval=300ms", "appeals.outbox.grace=2s",
                "appeals.notification.worker.poll-interval=50ms",
                "appeals.notification.retry.initial-interval=100ms", "appeals.notification.retry.max-attempts=2"})
@DirtiesContext // closed right after this class, while the database and the receiver it uses are still up
class NotifiedBrokerOutageIT {

    static final String WEB_HOOK = "/hooks/WEB";
    /** These outlive the context (its workers and relay poll until it closes); the test JVM's exit ends them. */
    static final MongoWireServer mongo = MongoWireServer.start();
    static final WebhookReceiver receiver = WebhookReceiver.start();
    /** The service's only way to the broker: shut until the test opens it. */
    static final TcpGate kafkaAddress = new TcpGate();
    static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void addresses(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", mongo::uri);
        registry.add("spring.kafka.bootstrap-servers", kafkaAddress::address);
        for (Channel channel : Channel.values()) {
            String prefix = "appeals.notification.channels." + channel.name();
            registry.add(prefix + ".webhook-url", () -> receiver.url("/hooks/" + channel));
            registry.add(prefix + ".secret", () -> "secret-of-" + channel.name().toLowerCase());
        }
    }

    @Autowired
    Deliveries deliveries;
    @Autowired
    ReplyAddresses addresses;
    @Autowired
    MongoDatabase database;

    @Test
    void outcomesReachedWhileTheBrokerIsAwayArePublishedUnderTheirEventIdsOnceItIsBack() {
        Delivery delivered = queued(Channel.VK);
        Delivery parked;
        receiver.takeDown(WEB_HOOK);
        try {
            parked = queued(Channel.WEB);
            await().atMost(Duration.ofSeconds(30)).until(() -> state(delivered) == DeliveryState.DELIVERED
                    && state(parked) == DeliveryState.PARKED);
        } finally {
            receiver.revive(WEB_HOOK);
        }
        for (Delivery ended : List.of(delivered, parked)) {
            assertThat(announcements(ended)).extracting(OutboxEvent::eventId).as("stored with the outcome")
                    .containsExactly(DeliveryIds.notifiedEvent(ended.id()));
            assertThat(stored(ended).containsKey("dueAt")).as("never due again: no worker takes it up").isFalse();
        }
        assertThat(deliveries.resend(parked.id(), byOperator())).as("a re-send's outcome must not overtake FAILED")
                .isEmpty();

        var broker = ReturningBroker.start(Topics.APPEALS_NOTIFIED);
        kafkaAddress.openTo(broker.getBrokersAsString());
        try (var topic = new TopicReader(kafkaAddress.address(), Topics.APPEALS_NOTIFIED)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> announcements(delivered).isEmpty()
                    && announcements(parked).isEmpty());
            await().atMost(Duration.ofSeconds(30)).until(() -> !events(topic, delivered).isEmpty()
                    && !events(topic, parked).isEmpty());
            assertThat(events(topic, delivered)).allSatisfy(event -> assertAnnounced(event, delivered, 0, "DELIVERED"));
            assertThat(events(topic, parked)).allSatisfy(event -> assertAnnounced(event, parked, 0, "FAILED"));

            assertThat(deliveries.resend(parked.id(), byOperator())).isPresent();
            await().atMost(Duration.ofSeconds(30)).until(() -> events(topic, parked).stream()
                    .anyMatch(event -> event.get("outcome").asString().equals("DELIVERED")));
            List<JsonNode> rounds = events(topic, parked);
            assertAnnounced(rounds.get(rounds.size() - 1), parked, 1, "DELIVERED");
        } finally {
            broker.destroy();
        }
        assertThat(receiver.callsFor(delivered.appealId().toString())).as("the reply went once").hasSize(1);
    }

    /**
     * An answer's delivery, due now, whose reply is on {@code outbound.<channel>} already: the broker went away right
     * after taking it.
     */
    private Delivery queued(Channel channel) {
        UUID appealId = UUID.randomUUID();
        addresses.remember(new ReplyAddress(appealId, channel, Map.of("formId", "f-1"), "Мария", "ext-" + appealId));
        Delivery delivery = new Delivery(DeliveryIds.forAnswerEvent(UUID.randomUUID()), appealId, 1, UUID.randomUUID(),
                AnswerKind.FINAL, null, "Отдел дорожного хозяйства Михайловки", "Яма заделана.", null, channel,
                DeliveryState.PENDING, List.of(), true, null, Instant.now(), null, null, 0, null, List.of());
        assertThat(deliveries.create(delivery)).isTrue();
        return delivery;
    }

    private static void assertAnnounced(JsonNode event, Delivery delivery, int resends, String outcome) {
        assertThat(event.get("eventId").asString())
                .isEqualTo(DeliveryIds.notifiedEvent(delivery.id(), resends).toString());
        assertThat(event.get("deliveryId").asString()).isEqualTo(delivery.id().toString());
        assertThat(event.get("outcome").asString()).isEqualTo(outcome);
        assertThat(event.get("channel").asString()).isEqualTo(delivery.channel().name());
    }

    private static Resend byOperator() {
        return new Resend(new Actor("cur-operator", "OPERATOR"), Instant.now());
    }

    private DeliveryState state(Delivery delivery) {
        return deliveries.find(delivery.id()).orElseThrow().state();
    }

    private static List<JsonNode> events(TopicReader topic, Delivery delivery) {
        return topic.valuesFor(delivery.appealId().toString()).stream().map(JSON::readTree).toList();
    }

    private Document stored(Delivery delivery) {
        return database.getCollection("deliveries").find(eq("_id", delivery.id().toString())).first();
    }

    private List<OutboxEvent> announcements(Delivery delivery) {
        return OutboxDocuments.events(stored(delivery));
    }
}
