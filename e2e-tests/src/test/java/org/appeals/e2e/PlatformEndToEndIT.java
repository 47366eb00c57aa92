package org.appeals.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.appeals.contracts.Topics;
import org.appeals.launcher.process.ServiceJars;
import org.appeals.support.testing.MongoWireServer;
import org.appeals.support.testing.TopicReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The whole platform as a resident and a department meet it: the five services run as separate processes on one
 * Kafka broker, and everything goes through the gateway with the demo API keys.
 */
@EmbeddedKafka(partitions = 3)
class PlatformEndToEndIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration ASYNC = Duration.ofSeconds(60);

    private static MongoWireServer mongo;
    private static WebhookReceiver webhooks;
    private static RunningPlatform platform;
    private static GatewayClient gateway;
    private static String brokers;
    private static List<JsonNode> samples;

    @BeforeAll
    static void startPlatform(EmbeddedKafkaBroker broker) throws Exception {
        brokers = broker.getBrokersAsString();
        mongo = MongoWireServer.start();
        webhooks = new WebhookReceiver();
        platform = new RunningPlatform(brokers, mongo.uri(), webhooks.baseUrl());
        gateway = new GatewayClient(platform.gatewayUrl());
        Path sampleFile = ServiceJars.repoRoot().getParent().resolve("shared/samples/appeals-sample.jsonl");
        samples = Files.readAllLines(sampleFile).stream().filter(line -> !line.isBlank()).map(JSON::readTree).toList();
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
        if (webhooks != null) {
            webhooks.close();
        }
        if (mongo != null) {
            mongo.close();
        }
    }

    @Test
    void potholeInMikhailovkaReachesItsRoadsDepartmentAndTheAnswerReachesTheResidentOnVk() throws Exception {
        JsonNode sample = samples.get(0); // VK, pothole on ул. Мира in Михайловка
        var posted = gateway.post("/api/v1/appeals", "demo-channel-vk", appealBody(sample, "5001"));
        assertThat(posted.status()).isEqualTo(202);
        String appealId = posted.body().get("appealId").asText();

        JsonNode assigned = awaitAppeal(appealId, "ASSIGNED");
        assertThat(assigned.at("/category/code").asText()).isEqualTo("ROADS");
        assertThat(assigned.at("/municipality/code").asText()).isEqualTo("MIKHAILOVKA");
        assertThat(assigned.at("/municipality/name").asText()).isEqualTo("Михайловка");
        assertThat(assigned.at("/department/id").asText()).isEqualTo("mikhailovka-roads");

        String department = "demo-dept-mikhailovka-roads";
        await().atMost(ASYNC).until(() -> inboxIds(department).contains(appealId));

        var answered = gateway.post("/api/v1/departments/mikhailovka-roads/appeals/" + appealId + "/answers", department,
                "{\"kind\":\"FINAL\",\"text\":\"Яма на ул. Мира заделана 21 ноября.\"}");
        assertThat(answered.status()).isEqualTo(202);

        await().atMost(ASYNC).until(() -> webhookFor(appealId) != null);
        WebhookReceiver.Received webhook = webhookFor(appealId);
        assertThat(webhook.path()).isEqualTo("/webhooks/vk");
        assertThat(webhook.headers().get("signature"))
                .isEqualTo("sha256=" + hmac(webhook.headers().get("timestamp") + "." + new String(webhook.body(), StandardCharsets.UTF_8)));
        JsonNode reply = JSON.readTree(webhook.body());
        assertThat(reply.get("replyTo").get("commentId").asText()).isEqualTo("5001");
        assertThat(reply.get("text").asText()).contains("Яма на ул. Мира заделана 21 ноября.");

        JsonNode notified = awaitAppeal(appealId, "NOTIFIED");
        assertThat(notified.get("timeline")).hasSize(4);
        assertThat(webhooks.received().stream().filter(w -> new String(w.body(), StandardCharsets.UTF_8).contains(appealId)))
                .hasSize(1);
    }

    @Test
    void theSameAppealPostedTwiceIsRegisteredOnce() {
        JsonNode sample = samples.get(1);
        var first = gateway.post("/api/v1/appeals", "demo-channel-vk", appealBody(sample, "1"));
        var second = gateway.post("/api/v1/appeals", "demo-channel-vk", appealBody(sample, "1"));

        assertThat(first.status()).isEqualTo(202);
        assertThat(second.status()).isEqualTo(202);
        String appealId = first.body().get("appealId").asText();
        assertThat(second.body().get("appealId").asText()).isEqualTo(appealId);
        awaitAppeal(appealId, "ASSIGNED");
        try (var received = new TopicReader(brokers, Topics.APPEALS_RECEIVED)) {
            await().atMost(ASYNC).until(() -> !received.valuesFor(appealId).isEmpty());
            assertThat(received.valuesFor(appealId)).hasSize(1);
        }
    }

    @Test
    void aDepartmentKeyCannotReachAnotherDepartment() {
        var inbox = gateway.get("/api/v1/departments/mikhailovka-roads/appeals", "demo-dept-volgograd-roads");
        var answer = gateway.post("/api/v1/departments/mikhailovka-roads/appeals/5d0c8c1a-3a43-4c6b-8f6e-7f3e2b1a0c11/answers",
                "demo-dept-volgograd-roads", "{\"kind\":\"FINAL\",\"text\":\"не наше\"}");

        assertThat(inbox.status()).isEqualTo(403);
        assertThat(inbox.contentType()).startsWith("application/problem+json");
        assertThat(answer.status()).isEqualTo(403);
    }

    @Test
    void aBadBodyGetsAProblemDetailAndRegistersNothing() {
        var response = gateway.post("/api/v1/appeals", "demo-channel-vk",
                "{\"channel\":\"VK\",\"externalId\":\"no-text-1\",\"author\":{\"id\":\"1\"},\"replyTo\":{\"postId\":\"1\"}}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("detail").asText()).isNotBlank();
    }

    @Test
    void aPoisonRecordLandsInTheDeadLetterTopicAndRoutingGoesOn() {
        try (var producer = new KafkaProducer<String, String>(Map.of("bootstrap.servers", brokers),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.APPEALS_RECEIVED, "poison-e2e", "{not an appeal"));
        }
        try (var deadLetters = new TopicReader(brokers, Topics.deadLetter(Topics.APPEALS_RECEIVED))) {
            await().atMost(ASYNC).until(() -> !deadLetters.valuesFor("poison-e2e").isEmpty());
        }

        var posted = gateway.post("/api/v1/appeals", "demo-channel-telegram", appealBody(samples.get(2), "7"));
        JsonNode routed = awaitAppeal(posted.body().get("appealId").asText(), "ASSIGNED");
        assertThat(routed.at("/department/id").asText()).isEqualTo("region-waste");
    }

    private JsonNode awaitAppeal(String appealId, String status) {
        return await().atMost(ASYNC).until(() -> gateway.get("/api/v1/appeals/" + appealId, "demo-operator").body(),
                appeal -> appeal != null && status.equals(appeal.path("status").asText()));
    }

    private List<String> inboxIds(String departmentKey) {
        JsonNode inbox = gateway.get("/api/v1/departments/mikhailovka-roads/appeals", departmentKey).body();
        JsonNode items = inbox.isArray() ? inbox : inbox.path("items");
        return items.valueStream().map(item -> item.path("appealId").asText()).toList();
    }

    private static WebhookReceiver.Received webhookFor(String appealId) {
        return webhooks.received().stream()
                .filter(w -> new String(w.body(), StandardCharsets.UTF_8).contains(appealId))
                .findFirst().orElse(null);
    }

    private static String appealBody(JsonNode sample, String messageId) {
        ObjectNode body = JSON.createObjectNode();
        body.put("channel", sample.get("channel").asText());
        body.put("externalId", sample.get("externalId").asText());
        body.put("text", sample.get("text").asText());
        body.putObject("author").put("id", "resident-" + messageId).put("name", "Анна Иванова");
        body.putObject("replyTo").put("postId", "1001").put("commentId", messageId);
        return body.toString();
    }

    private static String hmac(String signed) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(RunningPlatform.WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    }
}
