package org.appeals.ok;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.appeals.contracts.WebhookSignature;
import org.appeals.ok.fake.FakeOkServer;
import org.appeals.support.testing.GatewayStub;
import org.appeals.support.testing.MongoWireServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The adapter on a real server in demo mode without a token, so it talks to its own fake of the OK API (on a free
 * port), with the MongoDB-wire server and a local HTTP server playing the gateway. Every IT class extends this one
 * and shares the context; each test uses its own chat and user ids.
 */
@SpringBootTest(classes = OkChannelApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"appeals.demo=true",
                "appeals.ok.access-token=",
                "appeals.ok.fake-port=0",
                "appeals.ok.webhook-secret=" + OkChannelITBase.OK_SECRET,
                "appeals.webhook.secret=" + OkChannelITBase.REPLY_SECRET,
                "appeals.gateway.api-key=" + OkChannelITBase.CHANNEL_KEY,
                "appeals.ok.retry.initial-interval=20ms",
                "appeals.ok.retry.max-interval=100ms",
                "appeals.ok.circuit-open-for=1s",
                "appeals.ok.sweep-interval=200ms",
                "spring.mongodb.database=ok-it"})
public abstract class OkChannelITBase {

    static final String OK_SECRET = "test-ok-webhook-secret";
    static final String REPLY_SECRET = "test-reply-secret";
    static final String CHANNEL_KEY = "test-channel-ok";
    protected static final JsonMapper JSON = JsonMapper.builder().build();
    static final MongoWireServer mongo = MongoWireServer.start();
    protected static final GatewayStub gateway = GatewayStub.start();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", mongo::uri);
        registry.add("appeals.gateway.url", gateway::url);
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected FakeOkServer ok;

    protected static String newChat() {
        return "chat:C" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    protected static String newUser() {
        return "user:" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000_000L);
    }

    /** The group's messages in a chat of the fake, in order. */
    protected List<JsonNode> groupMessages(String chatId) {
        for (JsonNode chat : ok.chatsJson()) {
            if (chat.path("chatId").asString().equals(chatId)) {
                List<JsonNode> messages = new java.util.ArrayList<>();
                for (JsonNode message : chat.path("messages")) {
                    if (message.path("from").asString().equals("group")) {
                        messages.add(message);
                    }
                }
                return messages;
            }
        }
        return List.of();
    }

    /** Notification's webhook call for a reply to the appeal registered from {@code mid} in {@code chatId}. */
    protected HttpResponse<String> postReply(UUID deliveryId, String appealId, String chatId, String mid,
                                             String answerKind, List<String> parts) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("schemaVersion", 1);
        body.put("deliveryId", deliveryId.toString());
        body.put("appealId", appealId);
        body.put("occurredAt", Instant.now().toString());
        body.put("channel", "OK");
        body.put("replyTo", Map.of("chatId", chatId, "messageId", mid));
        body.put("answerKind", answerKind);
        body.put("departmentName", "Дорожное хозяйство Михайловки");
        body.put("text", String.join("\n", parts));
        body.put("parts", parts);
        return postSigned(deliveryId, JSON.writeValueAsBytes(body), REPLY_SECRET);
    }

    protected HttpResponse<String> postSigned(UUID deliveryId, byte[] body, String secret) {
        long timestamp = Instant.now().getEpochSecond();
        return send(HttpRequest.newBuilder(uri("/webhooks/ok")).header("Content-Type", "application/json")
                .header("X-Appeals-Delivery", deliveryId.toString())
                .header("X-Appeals-Timestamp", Long.toString(timestamp))
                .header("X-Appeals-Signature", WebhookSignature.sign(secret, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    protected HttpResponse<String> postJson(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    protected HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
