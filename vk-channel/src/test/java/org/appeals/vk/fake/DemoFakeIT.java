package org.appeals.vk.fake;

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
import org.appeals.support.testing.MongoWireServer;
import org.appeals.vk.VkChannelApplication;
import org.appeals.support.testing.GatewayStub;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The newcomer's demo: {@code APPEALS_DEMO=true} and no VK token, so the adapter runs the fake of VK on
 * {@code VK_FAKE_PORT}; a comment posted through the fake's control API becomes an appeal, and the platform's reply
 * shows up under it in {@code GET /fake/threads}.
 */
@SpringBootTest(classes = VkChannelApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.mongodb.database=vk-demo-it", "appeals.demo=true", "appeals.vk.access-token=",
                "appeals.vk.channel-api-key=demo-channel-vk",
                "appeals.vk.webhook-secret=" + DemoFakeIT.WEBHOOK_SECRET})
class DemoFakeIT {

    static final String WEBHOOK_SECRET = "demo-webhook-secret-vk-local-only";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final MongoWireServer mongo = MongoWireServer.start();
    static final GatewayStub gateway = GatewayStub.start();
    static final int fakePort = freePort();
    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", mongo::uri);
        registry.add("appeals.vk.gateway-url", gateway::url);
        registry.add("appeals.vk.fake-port", () -> fakePort);
    }

    @LocalServerPort
    int port;

    @Test
    void aCommentOnTheFakeBecomesAnAppealAndTheReplyAppearsInItsThread() throws Exception {
        JsonNode sent = send("http://127.0.0.1:" + fakePort + "/fake/comment", null,
                "{\"text\":\"На улице Мира яма\",\"from_id\":77,\"post_id\":1}");
        assertThat(sent.path("answer").asString()).isEqualTo("ok");
        String externalId = "wall-201_1_c" + sent.path("comment_id").asLong();
        JsonNode appeal = await().atMost(Duration.ofSeconds(20)).until(() -> gateway.submissions(externalId),
                list -> !list.isEmpty()).get(0).json();

        UUID delivery = UUID.randomUUID();
        ObjectNode reply = JSON.createObjectNode();
        reply.put("deliveryId", delivery.toString()).put("appealId", gateway.appealOf(externalId))
                .put("channel", "VK").put("answerKind", "FINAL").put("text", "Яма заделана");
        reply.set("replyTo", appeal.path("replyTo"));
        send("http://127.0.0.1:" + port + "/webhooks/vk", delivery, JSON.writeValueAsString(reply));

        await().atMost(Duration.ofSeconds(20)).until(() -> !gateway.receipts(delivery).isEmpty());
        JsonNode threads = JSON.readTree(http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + fakePort + "/fake/threads")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body());
        assertThat(threads.path("posts").toString()).contains("Яма заделана").contains("\"from_id\":-201");
    }

    private JsonNode send(String url, UUID delivery, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (delivery != null) {
            long timestamp = Instant.now().getEpochSecond();
            request.header("X-Appeals-Delivery", delivery.toString())
                    .header("X-Appeals-Timestamp", Long.toString(timestamp))
                    .header("X-Appeals-Signature", WebhookSignature.header(List.of(WEBHOOK_SECRET), timestamp,
                            json.getBytes(StandardCharsets.UTF_8)));
        }
        String body = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        return JSON.readTree(body);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
