package org.appeals.telegram.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.appeals.contracts.WebhookSignature;
import org.appeals.support.testing.GatewayStub;
import org.appeals.support.testing.MongoWireServer;
import org.appeals.telegram.TelegramChannelApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The newcomer's demo: {@code APPEALS_DEMO=true} and no TELEGRAM_BOT_TOKEN, so the adapter starts the fake Bot API
 * on {@code TELEGRAM_FAKE_PORT} and registers its own webhook there; a message written through the fake's control API
 * becomes an appeal, and the platform's answer shows up in {@code GET /fake/chats} as a reply to it.
 */
@SpringBootTest(classes = TelegramChannelApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.mongodb.database=telegram-demo-it", "appeals.demo=true", "appeals.telegram.bot-token=",
                "appeals.telegram.webhook-secret=demo-telegram-webhook-secret",
                "appeals.telegram.channel-api-key=demo-channel-telegram",
                "appeals.telegram.reply-webhook-secret=" + DemoFakeIT.REPLY_SECRET,
                "appeals.telegram.location-window=1s",
                "appeals.telegram.work-interval=100ms"})
class DemoFakeIT {

    static final String REPLY_SECRET = "demo-webhook-secret-telegram-local-only";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final MongoWireServer mongo = MongoWireServer.start();
    static final GatewayStub gateway = GatewayStub.start();
    static final int fakePort = freePort();
    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", mongo::uri);
        registry.add("appeals.telegram.gateway-url", gateway::url);
        registry.add("appeals.telegram.fake-port", () -> fakePort);
    }

    @LocalServerPort
    int port;

    @Test
    void aMessageOnTheFakeBecomesAnAppealAndTheAnswerComesBackAsAReplyInTheChat() throws Exception {
        JsonNode update = send("http://127.0.0.1:" + fakePort + "/fake/message", null,
                "{\"chat_id\":501,\"first_name\":\"Анна\",\"text\":\"Яма на ул. Мира, 5, Михайловка\"}");
        assertThat(update.path("webhook_status").asInt()).isEqualTo(200);
        JsonNode appeal = await().atMost(Duration.ofSeconds(20)).until(() -> gateway.submissions("501:1"),
                list -> !list.isEmpty()).get(0).json();
        assertThat(gateway.submissions("501:1").get(0).apiKey()).isEqualTo("demo-channel-telegram");

        UUID delivery = UUID.randomUUID();
        ObjectNode reply = JSON.createObjectNode();
        reply.put("deliveryId", delivery.toString()).put("appealId", gateway.appealOf("501:1"))
                .put("channel", "TELEGRAM").put("answerKind", "FINAL").put("text", "Яма заделана");
        reply.set("replyTo", appeal.path("replyTo"));
        send("http://127.0.0.1:" + port + "/webhooks/telegram", delivery, JSON.writeValueAsString(reply));

        await().atMost(Duration.ofSeconds(20)).until(() -> !gateway.receipts(delivery).isEmpty());
        JsonNode chats = JSON.readTree(http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + fakePort + "/fake/chats")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body());
        JsonNode answer = chats.path("chats").get(0).path("messages").valueStream()
                .filter(message -> message.path("text").asString("").equals("Яма заделана")).findFirst().orElseThrow();
        assertThat(answer.path("reply_parameters").path("message_id").asLong()).isEqualTo(1);
        assertThat(answer.path("reply_markup").path("inline_keyboard")).hasSize(2);
    }

    private JsonNode send(String url, UUID delivery, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (delivery != null) {
            long timestamp = Instant.now().getEpochSecond();
            request.header("X-Appeals-Delivery", delivery.toString())
                    .header("X-Appeals-Timestamp", Long.toString(timestamp))
                    .header("X-Appeals-Signature", WebhookSignature.header(List.of(REPLY_SECRET), timestamp,
                            json.getBytes(StandardCharsets.UTF_8)));
        }
        String body = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        return body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
