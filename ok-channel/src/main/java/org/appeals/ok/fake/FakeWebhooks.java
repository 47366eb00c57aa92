package org.appeals.ok.fake;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts an update to the subscribed webhooks as OK does: JSON over HTTP POST, expecting 200 within 5 seconds
 * (graph.user.subscribe). The fake does not re-send on its own; {@code /fake/redeliver} plays OK's retry.
 */
final class FakeWebhooks {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final JsonMapper json;

    FakeWebhooks(JsonMapper json) {
        this.json = json;
    }

    void deliver(List<String> urls, JsonNode update) {
        byte[] body = json.writeValueAsBytes(update);
        for (String url : urls) {
            try {
                http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
                        .header("Content-Type", "application/json;charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                        HttpResponse.BodyHandlers.discarding());
            } catch (java.io.IOException e) {
                // as OK, the fake only notices: the update stays in the chat and can be redelivered
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
