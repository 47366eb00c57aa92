package org.appeals.launcher.stub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.Channel;
import org.appeals.contracts.OutboundReply;
import org.appeals.contracts.WebhookSignature;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ChannelStubIT {

    private static final String SECRET = "test-secret";
    private static final String VK_SECRET = "test-secret-of-vk";

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final HttpClient http = HttpClient.newHttpClient();
    private ChannelStub stub;

    @BeforeEach
    void start() {
        // every channel its own secret; WEB has none configured
        Map<Channel, String> secrets = new java.util.EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            secrets.put(channel, channel == Channel.VK ? VK_SECRET : SECRET);
        }
        secrets.remove(Channel.WEB);
        stub = ChannelStub.start("127.0.0.1", 0, new WebhookSecrets(secrets),
                new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void acceptsACorrectlySignedReplyPrintsOneLineAndListsIt() throws Exception {
        OutboundReply reply = reply(Channel.TELEGRAM, Map.of("chatId", "77123", "messageId", "5001"));

        HttpResponse<String> response = post("/webhooks/telegram", reply, signedNow(reply, SECRET));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response.body()).path("duplicate").asBoolean()).isFalse();
        assertThat(output()).contains("TELEGRAM reply to appeal " + reply.appealId())
                .contains("delivery " + reply.deliveryId()).contains("FINAL").doesNotContain(reply.text())
                .contains("chatId=7***(5)").doesNotContain("77123");
        JsonNode listed = json(get("/webhooks").body());
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("deliveryId").asString()).isEqualTo(reply.deliveryId().toString());
        assertThat(listed.get(0).path("replyTo").path("chatId").asString()).isEqualTo("77123");
    }

    @Test
    void rejectsAWrongSignatureWith401AndPrintsNothing() throws Exception {
        OutboundReply reply = reply(Channel.VK, Map.of("ownerId", "-201", "postId", "1001"));

        HttpResponse<String> response = post("/webhooks/vk", reply, signedNow(reply, "not-the-secret"));
        HttpResponse<String> otherChannels = post("/webhooks/vk", reply, signedNow(reply, SECRET));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(otherChannels.statusCode()).as("signed with another channel's secret").isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(response.body()).path("detail").asString()).contains("does not match");
        assertThat(output()).isEmpty();
        assertThat(json(get("/webhooks").body())).isEmpty();
    }

    @Test
    void refusesEveryReplyOfAChannelWithoutASecretNamingTheVariable() throws Exception {
        OutboundReply reply = reply(Channel.WEB, Map.of("formId", "42"));

        HttpResponse<String> response = post("/webhooks/web", reply, signedNow(reply, SECRET));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response.body()).path("detail").asString()).contains("WEBHOOK_SECRET_WEB");
        assertThat(output()).isEmpty();
    }

    @Test
    void rejectsACorrectlySignedButStaleTimestamp() throws Exception {
        OutboundReply reply = reply(Channel.VK, Map.of("ownerId", "-201", "postId", "1001"));
        byte[] body = StubResponses.JSON.writeValueAsBytes(reply);
        String stale = Long.toString(Instant.now().minusSeconds(3600).getEpochSecond());

        HttpResponse<String> response = post("/webhooks/vk", body, headers(reply, stale, body, VK_SECRET));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(output()).isEmpty();
    }

    @Test
    void aReplayedDeliveryIdIsAcknowledgedButPrintedOnce() throws Exception {
        OutboundReply reply = reply(Channel.POS, Map.of("posAppealId", "900001"));

        HttpResponse<String> first = post("/webhooks/pos", reply, signedNow(reply, SECRET));
        HttpResponse<String> replay = post("/webhooks/pos", reply, signedNow(reply, SECRET));

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(json(replay.body()).path("duplicate").asBoolean()).isTrue();
        assertThat(output().lines().filter(line -> line.contains(reply.deliveryId().toString()))).hasSize(1);
        assertThat(json(get("/webhooks").body())).hasSize(1);
    }

    @Test
    void listsRepliesNewestFirstAndFiltersByAppeal() throws Exception {
        OutboundReply older = reply(Channel.VK, Map.of("postId", "1"));
        OutboundReply newer = reply(Channel.VK, Map.of("postId", "2"));
        post("/webhooks/vk", older, signedNow(older, VK_SECRET));
        post("/webhooks/vk", newer, signedNow(newer, VK_SECRET));

        JsonNode all = json(get("/webhooks").body());
        JsonNode one = json(get("/webhooks?appealId=" + older.appealId()).body());

        assertThat(all.get(0).path("appealId").asString()).isEqualTo(newer.appealId().toString());
        assertThat(all.get(1).path("appealId").asString()).isEqualTo(older.appealId().toString());
        assertThat(one).hasSize(1);
        assertThat(one.get(0).path("appealId").asString()).isEqualTo(older.appealId().toString());
    }

    @Test
    void answersBadRequestsWithProblemDetailsNeverA500() throws Exception {
        OutboundReply vk = reply(Channel.VK, Map.of("postId", "1"));
        byte[] garbage = "{not json".getBytes(StandardCharsets.UTF_8);
        byte[] huge = new byte[ReplyIntake.MAX_BODY_BYTES + 10];

        assertThat(post("/webhooks/telegram", vk, signedNow(vk, SECRET)).statusCode()).isEqualTo(400);
        assertThat(post("/webhooks/vk", garbage, headers(vk, now(), garbage, VK_SECRET)).statusCode()).isEqualTo(400);
        assertThat(post("/webhooks/vk", huge, headers(vk, now(), huge, VK_SECRET)).statusCode()).isEqualTo(413);
        assertThat(post("/webhooks/fax", vk, signedNow(vk, SECRET)).statusCode()).isEqualTo(404);
        assertThat(get("/webhooks/vk").statusCode()).isEqualTo(405);
        assertThat(get("/elsewhere").statusCode()).isEqualTo(404);
        assertThat(output()).isEmpty();
    }

    private static OutboundReply reply(Channel channel, Map<String, String> replyTo) {
        return new OutboundReply(OutboundReply.SCHEMA_VERSION, UUID.randomUUID(), UUID.randomUUID(), Instant.now(),
                channel, replyTo, AnswerKind.FINAL, "Отдел дорожного хозяйства", "Яма заделана 21 ноября.");
    }

    private Map<String, String> signedNow(OutboundReply reply, String secret) {
        byte[] body = StubResponses.JSON.writeValueAsBytes(reply);
        return headers(reply, now(), body, secret);
    }

    private static Map<String, String> headers(OutboundReply reply, String timestamp, byte[] body, String secret) {
        String signature = WebhookSignature.sign(secret, Long.parseLong(timestamp), body);
        return Map.of("X-Appeals-Delivery", reply.deliveryId().toString(), "X-Appeals-Timestamp", timestamp,
                "X-Appeals-Signature", signature);
    }

    private static String now() {
        return Long.toString(Instant.now().getEpochSecond());
    }

    private HttpResponse<String> post(String path, OutboundReply reply, Map<String, String> headers) throws Exception {
        return post(path, StubResponses.JSON.writeValueAsBytes(reply), headers);
    }

    private HttpResponse<String> post(String path, byte[] body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + stub.port() + path);
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    private static JsonNode json(String body) {
        return StubResponses.JSON.readTree(body);
    }
}
