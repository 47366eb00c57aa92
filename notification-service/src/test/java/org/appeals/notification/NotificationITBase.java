package org.appeals.notification;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.AppealAnswered;
import org.appeals.contracts.AppealReceived;
import org.appeals.contracts.Author;
import org.appeals.contracts.Channel;
import org.appeals.contracts.ForwardedIdentity;
import org.appeals.support.kafka.EventPublisher;
import org.appeals.support.testing.MongoWireServer;
import org.appeals.support.testing.MovableClock;
import org.appeals.support.testing.TestIdentity;
import org.appeals.support.testing.TopicReader;
import org.awaitility.core.ConditionFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service on a real in-JVM Kafka broker, the MongoDB-wire server over TCP and a real webhook receiver. Every
 * IT class extends this one, so they share one application context; each test uses its own appeals. OK has no
 * webhook (Kafka alone); the other channels post to the receiver, each signed with its own secret (the initial
 * secrets the environment gives as {@code WEBHOOK_SECRET_<CHANNEL>}). The service's clock can be moved forward.
 */
@SpringBootTest(classes = NotificationApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
                "spring.mongodb.database=notification-it",
                "appeals.kafka.retry-interval=50ms",
                "appeals.notification.retry.initial-interval=100ms",
                "appeals.notification.retry.multiplier=2",
                "appeals.notification.retry.max-interval=300ms",
                "appeals.notification.retry.max-attempts=4",
                "appeals.notification.worker.poll-interval=50ms",
                "appeals.notification.parked-gauge.refresh-interval=200ms",
                "appeals.notification.circuit.failure-threshold=3",
                "appeals.notification.circuit.open-for=500ms",
                "appeals.notification.circuit.max-in-flight=2",
                // long on purpose: a reply waiting for its address must go when appeals.received arrives, not later
                "appeals.notification.worker.address-recheck=5m",
                "appeals.notification.webhook.read-timeout=3s",
                "appeals.notification.public-url=https://cur34.example"})
@EmbeddedKafka(partitions = 1)
@Import(NotificationITBase.MovableClockConfig.class)
abstract class NotificationITBase {

    static final MongoWireServer mongo = MongoWireServer.start();
    static final WebhookReceiver receiver = WebhookReceiver.start();
    static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", mongo::uri);
        for (Channel channel : Channel.values()) {
            String prefix = "appeals.notification.channels." + channel.name();
            registry.add(prefix + ".webhook-url", () -> channel == Channel.OK ? "" : receiver.url("/hooks/" + channel));
            registry.add(prefix + ".secret", () -> secretOf(channel));
        }
    }

    @Autowired
    EventPublisher publisher;

    @Value("${spring.embedded.kafka.brokers}")
    String brokers;

    @LocalServerPort
    int port;

    @Autowired
    MovableClock movableClock;

    static String secretOf(Channel channel) {
        return "secret-of-" + channel.name().toLowerCase();
    }

    static ConditionFactory eventually() {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100));
    }

    static AppealReceived received(Channel channel, String authorName, Map<String, String> replyTo) {
        UUID appealId = UUID.randomUUID();
        return new AppealReceived(AppealReceived.SCHEMA_VERSION, UUID.randomUUID(), appealId, Instant.now(), channel,
                "ext-" + appealId, "На улице Мира яма", new Author("id-1", authorName, "+7 900 000-00-00"), replyTo,
                null, List.of(), Instant.now());
    }

    static AppealAnswered answered(UUID appealId, AnswerKind kind, String text) {
        return answered(appealId, kind, text, null);
    }

    static AppealAnswered answered(UUID appealId, AnswerKind kind, String text, LocalDate promisedBy) {
        return new AppealAnswered(AppealAnswered.SCHEMA_VERSION, UUID.randomUUID(), appealId, Instant.now(),
                UUID.randomUUID(), "mikhailovka-roads", "Отдел дорожного хозяйства Михайловки", kind, text, promisedBy);
    }

    /** Reads a topic from its start; open it before acting, close it after. */
    TopicReader reader(String topic) {
        return new TopicReader(brokers, topic);
    }

    /** The JSON values under the appeal's key read so far, after one more short poll; status notices left out. */
    static List<JsonNode> values(TopicReader reader, UUID appealId) {
        return allValues(reader, appealId).stream().filter(value -> value.path("notice").isMissingNode()).toList();
    }

    static List<JsonNode> allValues(TopicReader reader, UUID appealId) {
        return reader.valuesFor(appealId.toString()).stream().map(JSON::readTree).toList();
    }

    HttpResponse<String> getDeliveries(String appealId, String role) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/appeals/" + appealId + "/deliveries"));
        if (role != null) {
            request.header(ForwardedIdentity.HEADER, TestIdentity.of("test-client", role, someScopeOf(role)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A channel adapter's or department's scope, for calls whose scope does not matter. */
    private static String someScopeOf(String role) {
        return switch (role) {
            case "CHANNEL" -> "VK";
            case "DEPARTMENT" -> "mikhailovka-roads";
            default -> null;
        };
    }

    /** The appeal's deliveries of answers, as staff see them (status notices left out). */
    JsonNode deliveriesOf(UUID appealId) throws Exception {
        return filtered(appealId, true);
    }

    JsonNode noticesOf(UUID appealId) throws Exception {
        return filtered(appealId, false);
    }

    private JsonNode filtered(UUID appealId, boolean answers) throws Exception {
        var all = JSON.readTree(getDeliveries(appealId.toString(), "OPERATOR").body()).path("deliveries");
        var some = JSON.createArrayNode();
        all.forEach(delivery -> {
            if (delivery.path("notice").isNull() == answers) {
                some.add(delivery);
            }
        });
        return some;
    }

    /** A call as the gateway forwards it: the client's role and scope in the signed identity, an optional JSON body. */
    HttpResponse<String> call(String method, String path, String role, String scope, String json) throws Exception {
        return callAs(TestIdentity.of("test-client", role, scope), method, path, json);
    }

    /** A call with the identity the gateway would sign for a given person or machine ({@link TestIdentity}). */
    HttpResponse<String> callAs(String identity, String method, String path, String json) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header(ForwardedIdentity.HEADER, identity)
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** What an adapter computes to check a call: HMAC-SHA256 of "<timestamp>.<body>" with its secret. */
    static String expectedSignature(String secret, String timestamp, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    }

    /** Puts the movable clock in place of the service's own: a rotation's grace period passes without waiting. */
    @TestConfiguration(proxyBeanMethods = false)
    static class MovableClockConfig {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }
}
