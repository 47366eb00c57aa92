package org.appeals.vk.fake;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.node.ObjectNode;

/**
 * VK's side of the Callback API: each event as {@code {group_id, type, event_id, v, object, secret}} POSTed as JSON to
 * the callback address (https://dev.vk.com/ru/api/callback/getting-started); the answer is what the server said.
 */
final class FakeCallbackSender {

    private final long groupId;
    private final String secret;
    private final String version;
    private final Map<String, String> sent = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile String callbackUrl;

    FakeCallbackSender(long groupId, String secret, String version) {
        this.groupId = groupId;
        this.secret = secret;
        this.version = version;
    }

    void callbackTo(String url) {
        this.callbackUrl = url;
    }

    /** Sends a new event; returns its {@code event_id} and the server's answer. */
    ObjectNode send(String type, ObjectNode object) {
        String eventId = UUID.randomUUID().toString().replace("-", "");
        ObjectNode event = FakeCommunity.JSON.createObjectNode();
        event.put("group_id", groupId).put("type", type).put("event_id", eventId).put("v", version);
        event.set("object", object);
        event.put("secret", secret);
        String json = FakeCommunity.JSON.writeValueAsString(event);
        sent.put(eventId, json);
        ObjectNode result = FakeCommunity.JSON.createObjectNode();
        result.put("event_id", eventId).put("answer", post(json));
        return result;
    }

    /** The same event again, as VK re-sends one it got no {@code ok} for. */
    String resend(String eventId) {
        String json = sent.get(eventId);
        return json == null ? "no such event" : post(json);
    }

    String post(String json) {
        String url = callbackUrl;
        if (url == null) {
            return "no callback address";
        }
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        } catch (IOException e) {
            return "unreachable: " + e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
