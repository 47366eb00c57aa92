package org.appeals.telegram.fake;

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

/**
 * The fake answers over HTTP as https://core.telegram.org/bots/api documents: {@code {"ok":true,"result":…}} or
 * {@code {"ok":false,"error_code":…,"description":…,"parameters":{"retry_after":N}}} with the error code as the
 * HTTP status, and delivers updates to the webhook with the {@code X-Telegram-Bot-Api-Secret-Token} header.
 */
class FakeBotApiTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final FakeBotApi fake = FakeBotApi.start(0, json);
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        fake.close();
    }

    private HttpResponse<String> call(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(fake.url() + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void aWrongTokenIsUnauthorized() throws Exception {
        HttpResponse<String> response = call("/bot123:wrong/getMe", "{}");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json.readTree(response.body())).isEqualTo(
                json.readTree("{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}"));
    }

    @Test
    void floodControlAnswersRetryAfterInTheResponseParameters() throws Exception {
        fake.message(json.readTree("{\"chat_id\":7,\"text\":\"Привет\"}"));
        fake.failNext("sendMessage", 429, "Too Many Requests: retry after 3", 3, 1);

        HttpResponse<String> limited = call("/bot" + fake.token() + "/sendMessage", "{\"chat_id\":7,\"text\":\"a\"}");
        HttpResponse<String> sent = call("/bot" + fake.token() + "/sendMessage",
                "{\"chat_id\":7,\"text\":\"a\",\"reply_parameters\":{\"message_id\":1}}");

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(json.readTree(limited.body())).isEqualTo(json.readTree("{\"ok\":false,\"error_code\":429,"
                + "\"description\":\"Too Many Requests: retry after 3\",\"parameters\":{\"retry_after\":3}}"));
        JsonNode message = json.readTree(sent.body());
        assertThat(message.path("ok").asBoolean()).isTrue();
        assertThat(message.path("result").path("message_id").asLong()).isEqualTo(2);
        assertThat(message.path("result").path("reply_to_message").path("text").asString()).isEqualTo("Привет");
    }

    @Test
    void aBlockedBotIsForbiddenAndATooLongTextIsABadRequest() throws Exception {
        fake.message(json.readTree("{\"chat_id\":8,\"text\":\"Привет\"}"));

        HttpResponse<String> tooLong = call("/bot" + fake.token() + "/sendMessage",
                "{\"chat_id\":8,\"text\":\"" + "я".repeat(4097) + "\"}");
        fake.block(8);
        HttpResponse<String> blocked = call("/bot" + fake.token() + "/sendMessage", "{\"chat_id\":8,\"text\":\"a\"}");

        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(json.readTree(tooLong.body()).path("description").asString())
                .isEqualTo("Bad Request: message is too long");
        assertThat(blocked.statusCode()).isEqualTo(403);
        assertThat(json.readTree(blocked.body()).path("description").asString())
                .isEqualTo("Forbidden: bot was blocked by the user");
    }

    @Test
    void updatesGoToTheWebhookWithTheSecretTokenAndGetUpdatesConflictsWithIt() throws Exception {
        List<String> tokens = new CopyOnWriteArrayList<>();
        HttpServer webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        webhook.createContext("/", exchange -> {
            tokens.add(exchange.getRequestHeaders().getFirst("X-Telegram-Bot-Api-Secret-Token"));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        webhook.start();
        try {
            HttpResponse<String> set = call("/bot" + fake.token() + "/setWebhook", "{\"url\":\"http://127.0.0.1:"
                    + webhook.getAddress().getPort() + "/hook\",\"secret_token\":\"s3cret_token-1\"}");
            JsonNode update = fake.message(json.readTree("{\"chat_id\":9,\"text\":\"Яма\","
                    + "\"location\":{\"latitude\":50.1,\"longitude\":43.2}}"));
            HttpResponse<String> polled = call("/bot" + fake.token() + "/getUpdates", "{\"timeout\":0}");

            assertThat(json.readTree(set.body()).path("result").asBoolean()).isTrue();
            assertThat(update.path("webhook_status").asInt()).isEqualTo(200);
            // the text and then the location, each a message of its own
            assertThat(tokens).containsExactly("s3cret_token-1", "s3cret_token-1");
            assertThat(update.path("message").has("location")).isFalse();
            assertThat(polled.statusCode()).isEqualTo(409);
        } finally {
            webhook.stop(0);
        }
    }

    @Test
    void withoutAWebhookGetUpdatesReturnsThePendingUpdatesUntilAHigherOffsetConfirmsThem() throws Exception {
        long first = fake.message(json.readTree("{\"chat_id\":10,\"text\":\"Раз\"}")).path("update_id").asLong();
        fake.message(json.readTree("{\"chat_id\":10,\"location\":{\"latitude\":50.1,\"longitude\":43.2}}"));

        JsonNode all = json.readTree(call("/bot" + fake.token() + "/getUpdates", "{\"timeout\":0}").body());
        JsonNode rest = json.readTree(call("/bot" + fake.token() + "/getUpdates",
                "{\"offset\":" + (first + 1) + ",\"timeout\":0}").body());

        assertThat(all.path("result")).hasSize(2);
        assertThat(rest.path("result")).hasSize(1);
        assertThat(rest.path("result").get(0).path("message").path("location").path("latitude").asDouble())
                .isEqualTo(50.1);
        assertThat(rest.path("result").get(0).path("message").has("text")).isFalse();
    }
}
