package org.appeals.vk.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The fake's own contract, over real HTTP: VK's answer and error shapes, its idempotency keys, the control API. */
class FakeVkTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();
    private final HttpServer callback = callbackServer();
    private final FakeVk vk = FakeVk.start(0, "tok", 201, "sec", "5.199");

    @AfterEach
    void stop() {
        vk.close();
        callback.stop(0);
    }

    @Test
    void aCommentPostedThroughTheControlApiReachesTheCallbackAsVkSendsIt() throws Exception {
        vk.callbackTo("http://127.0.0.1:" + callback.getAddress().getPort() + "/callback/vk");

        JsonNode answer = post("/fake/comment", "{\"text\":\"Яма\",\"from_id\":77,\"post_id\":1}");

        assertThat(answer.path("answer").asString()).isEqualTo("ok");
        JsonNode event = events.get(0);
        assertThat(event.path("type").asString()).isEqualTo("wall_reply_new");
        assertThat(event.path("secret").asString()).isEqualTo("sec");
        assertThat(event.path("group_id").asLong()).isEqualTo(201);
        assertThat(event.path("v").asString()).isEqualTo("5.199");
        assertThat(event.path("object").path("owner_id").asLong()).isEqualTo(-201);
        assertThat(event.path("event_id").asString()).isEqualTo(answer.path("event_id").asString());
    }

    @Test
    void aWrongTokenIsVksErrorFiveWithRequestParamsAndNoToken() throws Exception {
        JsonNode answer = method("messages.send", "access_token=bad&v=5.199&peer_id=7&random_id=1&message=hi");

        assertThat(answer.path("error").path("error_code").asInt()).isEqualTo(5);
        assertThat(answer.path("error").path("error_msg").asString()).startsWith("User authorization failed");
        assertThat(answer.path("error").path("request_params").toString()).contains("messages.send")
                .doesNotContain("bad");
    }

    @Test
    void theSameRandomIdSendsOneMessageAndTheThreadsShowIt() throws Exception {
        JsonNode first = method("messages.send", "access_token=tok&v=5.199&peer_id=7&random_id=42&message=%D0%9E%D1%82%D0%B2%D0%B5%D1%82");
        JsonNode again = method("messages.send", "access_token=tok&v=5.199&peer_id=7&random_id=42&message=%D0%9E%D1%82%D0%B2%D0%B5%D1%82");

        assertThat(again.path("response").asLong()).isEqualTo(first.path("response").asLong());
        JsonNode threads = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base() + "/fake/threads")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        JsonNode conversation = threads.path("conversations").get(0);
        assertThat(conversation.path("peerId").asLong()).isEqualTo(7);
        assertThat(conversation.path("messages")).hasSize(1);
        assertThat(conversation.path("messages").get(0).path("text").asString()).isEqualTo("Ответ");
        assertThat(conversation.path("messages").get(0).path("from_id").asLong()).isEqualTo(-201);
    }

    private String base() {
        return "http://127.0.0.1:" + vk.port();
    }

    private JsonNode post(String path, String json) throws Exception {
        return JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base() + path))
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    private JsonNode method(String name, String form) throws Exception {
        return JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(vk.apiUrl() + "/" + name))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    private HttpServer callbackServer() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/callback/vk", exchange -> {
                events.add(JSON.readTree(exchange.getRequestBody().readAllBytes()));
                byte[] ok = "ok".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, ok.length);
                exchange.getResponseBody().write(ok);
                exchange.close();
            });
            server.start();
            return server;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
