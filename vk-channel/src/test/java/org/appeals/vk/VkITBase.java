package org.appeals.vk;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.appeals.contracts.WebhookSignature;
import org.appeals.support.testing.MongoWireServer;
import org.appeals.vk.fake.FakeVk;
import org.appeals.support.testing.GatewayStub;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The adapter against the fake of VK (real HTTP, VK's shapes and error codes), a real HTTP server standing in for
 * the gateway and the MongoDB-wire server. Every IT extends this class, so they share one application context; each
 * test uses its own residents, posts and deliveries.
 */
@SpringBootTest(classes = VkChannelApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.mongodb.database=vk-it",
                "appeals.vk.access-token=" + VkITBase.TOKEN,
                "appeals.vk.group-id=" + VkITBase.GROUP_ID,
                "appeals.vk.callback-secret=" + VkITBase.CALLBACK_SECRET,
                "appeals.vk.confirmation-code=" + VkITBase.CONFIRMATION,
                "appeals.vk.channel-api-key=test-channel-vk",
                "appeals.vk.webhook-secret=" + VkITBase.WEBHOOK_SECRET,
                "appeals.vk.retry-attempts=3",
                "appeals.vk.retry-backoff=20ms",
                "appeals.vk.circuit-open-for=3s",
                "appeals.vk.sweep-interval=300ms",
                "appeals.vk.lease=1s"})
public abstract class VkITBase {

    public static final String TOKEN = "test-vk-token";
    public static final long GROUP_ID = 201;
    public static final String CALLBACK_SECRET = "test-callback-secret";
    public static final String CONFIRMATION = "a1b2c3d4";
    public static final String WEBHOOK_SECRET = "test-webhook-secret";
    protected static final JsonMapper JSON = JsonMapper.builder().build();

    static final MongoWireServer mongo = MongoWireServer.start();
    protected static final FakeVk vk = FakeVk.start(0, TOKEN, GROUP_ID, CALLBACK_SECRET, "5.199");
    protected static final GatewayStub gateway = GatewayStub.start();
    private static final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", mongo::uri);
        registry.add("appeals.vk.api-url", vk::apiUrl);
        registry.add("appeals.vk.gateway-url", gateway::url);
    }

    @LocalServerPort
    protected int port;

    @BeforeEach
    void callbackHere() {
        vk.callbackTo(url("/callback/vk"));
    }

    protected String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    protected static ConditionFactory eventually() {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50));
    }

    /** The platform's webhook call for a reply, signed as notification signs it. */
    protected HttpResponse<String> webhook(UUID deliveryId, String appealId, Map<String, String> replyTo,
                                           String answerKind, List<String> parts) throws Exception {
        var body = JSON.createObjectNode();
        body.put("schemaVersion", 1).put("deliveryId", deliveryId.toString()).put("appealId", appealId)
                .put("occurredAt", Instant.now().toString()).put("channel", "VK");
        body.set("replyTo", JSON.valueToTree(replyTo));
        body.put("answerKind", answerKind).put("departmentName", "Дорожное хозяйство")
                .put("text", String.join("\n", parts));
        body.set("parts", JSON.valueToTree(parts));
        byte[] bytes = JSON.writeValueAsBytes(body);
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url("/webhooks/vk")))
                .header("Content-Type", "application/json")
                .header("X-Appeals-Delivery", deliveryId.toString())
                .header("X-Appeals-Timestamp", Long.toString(timestamp))
                .header("X-Appeals-Signature", WebhookSignature.header(List.of(WEBHOOK_SECRET), timestamp, bytes))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    protected HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The replyTo the adapter submitted with the appeal registered from this network message. */
    @SuppressWarnings("unchecked")
    protected static Map<String, String> replyToOf(String externalId) {
        JsonNode submitted = eventually().until(() -> gateway.submissions(externalId), list -> !list.isEmpty())
                .get(0).json();
        return JSON.convertValue(submitted.path("replyTo"), Map.class);
    }
}
