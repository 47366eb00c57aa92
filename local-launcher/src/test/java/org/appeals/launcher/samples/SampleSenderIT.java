package org.appeals.launcher.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Drives the sender against a real HTTP server playing the gateway: routes one, sends one to triage, refuses one. */
class SampleSenderIT {

    private final JsonMapper json = SampleSender.json();
    private final List<JsonNode> posted = new CopyOnWriteArrayList<>();
    private final List<String> postKeys = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> polls = new ConcurrentHashMap<>();
    private final Map<String, String> keyOfAppeal = new ConcurrentHashMap<>();
    private HttpServer gateway;

    @TempDir
    Path dir;

    @BeforeEach
    void startFakeGateway() throws IOException {
        gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/api/v1/appeals", this::handle);
        gateway.start();
    }

    @AfterEach
    void stopFakeGateway() {
        gateway.stop(0);
    }

    @Test
    void postsEachSampleWithItsChannelKeyWaitsForRoutingAndComparesWithTheLabels() throws Exception {
        Path samples = Files.writeString(dir.resolve("samples.jsonl"), """
                {"channel":"VK","externalId":"wall-201_1001","text":"Яма в Михайловке","category":"ROADS","municipality":"MIKHAILOVKA"}

                {"channel":"TELEGRAM","externalId":"chat-77:5001","text":"Что-то непонятное","category":"WASTE","municipality":"KAMYSHIN"}
                {"channel":"POS","externalId":"pos-refused","text":"x","category":"ROADS","municipality":"VOLGOGRAD"}
                """);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        SampleSender sender = new SampleSender(URI.create("http://127.0.0.1:" + gateway.getAddress().getPort()),
                Duration.ofSeconds(20), new PrintStream(printed, true, StandardCharsets.UTF_8));

        List<SampleResult> results = sender.send(samples);

        assertThat(postKeys).containsExactly("demo-channel-vk", "demo-channel-telegram", "demo-channel-pos");
        JsonNode first = posted.get(0);
        assertThat(first.path("channel").asString()).isEqualTo("VK");
        assertThat(first.path("externalId").asString()).isEqualTo("wall-201_1001");
        assertThat(first.path("text").asString()).isEqualTo("Яма в Михайловке");
        assertThat(first.path("author").path("id").asString()).isNotBlank();
        assertThat(first.path("author").path("name").asString()).isNotBlank();
        assertThat(first.path("replyTo").path("postId").asString()).isEqualTo("1001");
        assertThat(polls.get("id-wall-201_1001").get()).isGreaterThanOrEqualTo(2); // RECEIVED first, then ASSIGNED
        assertThat(results).extracting(SampleResult::statusText)
                .containsExactly("ASSIGNED", "TRIAGE", "REFUSED HTTP 400 externalId is not acceptable");
        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(output).contains("wall-201_1001").contains("mikhailovka-roads")
                .contains("Sent 3: refused 1, routed 2 (assigned 1, triage 1), not routed in time 0.")
                .contains("Matched the labels: category 1/3, municipality 1/3, both 1/3.")
                .doesNotContain("Яма в Михайловке");
    }

    private void handle(HttpExchange exchange) throws IOException {
        if (exchange.getRequestMethod().equals("POST")) {
            JsonNode body = json.readTree(exchange.getRequestBody().readAllBytes());
            posted.add(body);
            postKeys.add(exchange.getRequestHeaders().getFirst("X-Api-Key"));
            String externalId = body.path("externalId").asString();
            keyOfAppeal.put("id-" + externalId, exchange.getRequestHeaders().getFirst("X-Api-Key"));
            if (externalId.equals("pos-refused")) {
                respond(exchange, 400, "{\"status\":400,\"detail\":\"externalId is not acceptable\"}");
            } else {
                respond(exchange, 202, "{\"appealId\":\"id-" + externalId + "\",\"status\":\"RECEIVED\"}");
            }
            return;
        }
        String id = exchange.getRequestURI().getPath().substring("/api/v1/appeals/".length());
        // as intake does: a channel reads only the appeals it posted itself
        if (!exchange.getRequestHeaders().getFirst("X-Api-Key").equals(keyOfAppeal.get(id))) {
            respond(exchange, 404, "{\"status\":404}");
            return;
        }
        int poll = polls.computeIfAbsent(id, key -> new AtomicInteger()).incrementAndGet();
        respond(exchange, 200, poll == 1 ? "{\"status\":\"RECEIVED\"}" : routed(id));
    }

    private static String routed(String id) {
        return id.equals("id-wall-201_1001")
                ? "{\"status\":\"ASSIGNED\",\"category\":\"ROADS\",\"municipality\":{\"code\":\"MIKHAILOVKA\"},"
                        + "\"department\":{\"id\":\"mikhailovka-roads\"}}"
                : "{\"status\":\"TRIAGE\",\"category\":\"OTHER\",\"municipality\":\"UNKNOWN\"}";
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
