package org.appeals.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.appeals.contracts.Channel;
import org.appeals.contracts.Topics;
import org.appeals.launcher.DemoChannelKeys;
import org.appeals.launcher.process.ServiceJars;
import org.appeals.support.testing.MongoWireServer;
import org.appeals.support.testing.TopicReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two of everything: two instances of each service, each pair behind its own gateway, on one broker and one store;
 * the adapters call the two gateways in turn and go to the other when one does not answer. Halfway through, every
 * process of one instance dies by SIGKILL. Every appeal must still be registered once, placed once, answered once,
 * and every notice and reply reach the channel under one delivery id.
 */
class TwoInstancesEndToEndIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration ASYNC = Duration.ofSeconds(90);
    private static final int APPEALS = 20;

    private static EmbeddedKafkaKraftBroker broker;
    private static MongoWireServer mongo;
    private static WebhookReceiver webhooks;
    private static RunningPlatform first;
    private static RunningPlatform second;
    private static List<GatewayClient> gateways;
    private static int turn;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        broker = new EmbeddedKafkaKraftBroker(1, 3);
        broker.afterPropertiesSet();
        mongo = MongoWireServer.start();
        webhooks = new WebhookReceiver();
        // demo mode: machine keys only; no person logs in here, so the issuer is never asked
        String issuer = "http://127.0.0.1:9/realms/appeals";
        // each appeal is answered on its own here, so reports are not grouped into incidents
        // the state gauge refreshed every second, so the test sees its reporter change within seconds
        Map<String, String> noIncidents = Map.of("DEPARTMENT_INCIDENT_WINDOW", "1ms",
                "APPEALS_DEPARTMENT_METRICS_REFRESH_INTERVAL", "1s");
        first = RunningPlatform.instance("a", broker.getBrokersAsString(), mongo.uri(), webhooks.baseUrl(), issuer,
                noIncidents);
        second = RunningPlatform.instance("b", broker.getBrokersAsString(), mongo.uri(), webhooks.baseUrl(), issuer,
                noIncidents);
        gateways = List.of(new GatewayClient(first.gatewayUrl()), new GatewayClient(second.gatewayUrl()));
    }

    @AfterAll
    static void stop() {
        Parts.closeAll(first, second, webhooks, mongo);
        if (broker != null) {
            broker.destroy();
        }
    }

    @Test
    void killingOneInstanceOfEverythingLosesAndDuplicatesNothing() throws Exception {
        List<JsonNode> samples = routableSamples();
        Map<String, String> appealByExternalId = new HashMap<>();
        for (int n = 0; n < APPEALS; n++) {
            if (n == APPEALS / 2) {
                int placedSoFar = n;
                // both instances up: the appeals the department holds are counted once over the two of them
                await().atMost(ASYNC).until(() -> appealsByState(first) + appealsByState(second) == placedSoFar);
                int firstSeries = stateSeries(first);
                int secondSeries = stateSeries(second);
                assertThat(firstSeries == 0 || secondSeries == 0).as("one instance reports the gauge, not both")
                        .isTrue();
                assertThat(firstSeries + secondSeries).isPositive();
                first.killAbruptly();
            }
            JsonNode sample = samples.get(n % samples.size());
            String externalId = "two-" + n;
            GatewayClient.Response posted = roundRobin(gateway -> gateway.post("/api/v1/appeals",
                    DemoChannelKeys.of(Channel.valueOf(sample.get("channel").asText())), appeal(sample, externalId)));
            assertThat(posted.status()).isEqualTo(202);
            appealByExternalId.put(externalId, posted.body().get("appealId").asText());
        }
        GatewayClient survivor = gateways.get(1);
        Set<String> appealIds = new HashSet<>(appealByExternalId.values());
        assertThat(appealIds).as("one appeal per external id").hasSize(APPEALS);

        Map<String, String> departmentOf = new HashMap<>();
        for (String appealId : appealIds) {
            JsonNode assigned = await().atMost(ASYNC).until(
                    () -> survivor.get("/api/v1/appeals/" + appealId, "demo-operator").body(),
                    appeal -> appeal != null && !appeal.at("/department/id").asText().isEmpty());
            departmentOf.put(appealId, assigned.at("/department/id").asText());
        }
        for (var entry : departmentOf.entrySet()) {
            String path = "/api/v1/departments/" + entry.getValue() + "/appeals/" + entry.getKey();
            await().atMost(ASYNC).until(() -> survivor.get(path, Desk.departmentKey(entry.getValue())).status() == 200);
            assertThat(survivor.post(path + "/answers", Desk.departmentKey(entry.getValue()),
                    "{\"kind\":\"FINAL\",\"text\":\"Работы выполнены 3 декабря, результат принят комиссией.\"}")
                    .status()).isEqualTo(202);
            assertThat(survivor.post("/api/v1/reviews/" + entry.getKey() + "/approve", "demo-operator", "{}")
                    .status()).isEqualTo(200);
        }

        try (TopicReader received = new TopicReader(broker.getBrokersAsString(), Topics.APPEALS_RECEIVED)) {
            await().atMost(ASYNC).until(() -> registeredIds(received).size() == APPEALS);
            assertThat(registeredIds(received).values()).as("registered once").allSatisfy(ids -> assertThat(ids)
                    .hasSize(1));
        }
        try (TopicReader workflow = new TopicReader(broker.getBrokersAsString(), Topics.APPEALS_WORKFLOW);
             TopicReader answered = new TopicReader(broker.getBrokersAsString(), Topics.APPEALS_ANSWERED)) {
            for (String appealId : appealIds) {
                await().atMost(ASYNC).until(() -> distinctEvents(workflow.valuesFor(appealId), "step", "ASSIGN") >= 1);
                await().atMost(ASYNC).until(() -> distinctEvents(answered.valuesFor(appealId), "kind", "FINAL") >= 1);
                assertThat(distinctEvents(workflow.valuesFor(appealId), "step", "ASSIGN")).as("placed once")
                        .isEqualTo(1);
                assertThat(distinctEvents(answered.valuesFor(appealId), "kind", "FINAL")).as("answered once")
                        .isEqualTo(1);
            }
        }
        // the reporter died or not, the survivor's gauge counts every appeal once
        await().atMost(ASYNC).until(() -> appealsByState(second) == APPEALS);

        // the registration notice, the assignment notice and the final reply: one delivery id each, each arrived
        await().atMost(ASYNC).until(() -> appealIds.stream().allMatch(id -> deliveriesOf(id).size() == 3));
        for (String appealId : appealIds) {
            Map<String, Set<String>> deliveries = deliveriesOf(appealId);
            assertThat(deliveries.keySet()).containsExactlyInAnyOrder("REGISTERED", "ASSIGNED", "FINAL");
            assertThat(deliveries.values()).allSatisfy(ids -> assertThat(ids).hasSize(1));
        }
    }

    /** Tries the gateways in turn; a gateway that does not answer, or answers that its backend is away, is skipped. */
    private static GatewayClient.Response roundRobin(Function<GatewayClient, GatewayClient.Response> call) {
        List<String> failures = new ArrayList<>();
        for (int attempt = 0; attempt < 20; attempt++) {
            GatewayClient gateway = gateways.get(turn++ % gateways.size());
            try {
                GatewayClient.Response response = call.apply(gateway);
                if (response.status() < 500) {
                    return response;
                }
                failures.add(Integer.toString(response.status()));
            } catch (UncheckedIOException e) {
                failures.add(e.getCause().getClass().getSimpleName());
            }
        }
        throw new AssertionError("no gateway took the call: " + failures);
    }

    /** The appeal ids intake registered (appeals.received) for each of this test's external ids. */
    private static Map<String, Set<String>> registeredIds(TopicReader received) {
        Map<String, Set<String>> byExternalId = new HashMap<>();
        for (var record : received.records()) {
            JsonNode event = JSON.readTree(record.value());
            String externalId = event.path("externalId").asText();
            if (externalId.startsWith("two-")) {
                byExternalId.computeIfAbsent(externalId, k -> new HashSet<>()).add(event.path("appealId").asText());
            }
        }
        return byExternalId;
    }

    /** Delivery ids that reached the webhook for the appeal, by what they carried (notice or answer kind). */
    private static Map<String, Set<String>> deliveriesOf(String appealId) {
        Map<String, Set<String>> byKind = new HashMap<>();
        for (WebhookReceiver.Received webhook : webhooks.received()) {
            JsonNode reply = JSON.readTree(new String(webhook.body(), StandardCharsets.UTF_8));
            if (appealId.equals(reply.path("appealId").asText())) {
                String kind = reply.path("notice").isString() ? reply.path("notice").asText()
                        : reply.path("answerKind").asText();
                byKind.computeIfAbsent(kind, k -> new HashSet<>()).add(webhook.headers().get("delivery"));
            }
        }
        return byKind;
    }

    /** The sum of {@code appeals_by_state} one instance's department service exports (0 when it reports none). */
    private static double appealsByState(RunningPlatform instance) {
        return stateLines(instance).stream().mapToDouble(line -> Double.parseDouble(line.substring(
                line.lastIndexOf(' ') + 1))).sum();
    }

    private static int stateSeries(RunningPlatform instance) {
        return stateLines(instance).size();
    }

    private static List<String> stateLines(RunningPlatform instance) {
        try {
            // straight to the service: the scrape endpoint is Prometheus's, not the gateway's
            String scrape = HTTP.send(HttpRequest.newBuilder(URI.create(instance.url("department-service")
                    + "/actuator/prometheus")).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            return scrape.lines().filter(line -> line.startsWith("appeals_by_state{")).toList();
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long distinctEvents(List<String> values, String field, String value) {
        return values.stream().map(JSON::readTree).filter(event -> value.equals(event.path(field).asText()))
                .map(event -> event.path("eventId").asText()).distinct().count();
    }

    private static String appeal(JsonNode sample, String externalId) {
        var body = JSON.createObjectNode().put("channel", sample.get("channel").asText())
                .put("externalId", externalId).put("text", sample.get("text").asText());
        body.putObject("author").put("id", "resident-" + externalId).put("name", "Анна");
        body.putObject("replyTo").put("postId", "1001").put("commentId", externalId);
        return body.toString();
    }

    /** Samples routing places by itself, on channels that get notices (ПОС gets none) and answer through webhooks. */
    private static List<JsonNode> routableSamples() throws Exception {
        Path file = ServiceJars.repoRoot().getParent().resolve("shared/samples/appeals-sample.jsonl");
        return Files.readAllLines(file).stream().filter(line -> !line.isBlank()).map(JSON::readTree)
                .filter(sample -> !sample.get("category").asText().equals("OTHER")
                        && !sample.get("municipality").asText().equals("UNKNOWN")
                        && List.of("VK", "TELEGRAM", "OK").contains(sample.get("channel").asText()))
                .toList();
    }
}
