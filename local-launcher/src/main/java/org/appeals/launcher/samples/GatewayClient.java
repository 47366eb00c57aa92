package org.appeals.launcher.samples;

import org.appeals.launcher.DemoChannelKeys;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The two gateway calls the sample sender makes, with the channels' demo keys. */
final class GatewayClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final URI gateway;
    private final JsonMapper json;

    GatewayClient(URI gateway, JsonMapper json) {
        this.gateway = gateway;
        this.json = json;
    }

    /** Registers the sample as its channel would; the appeal id, or why the gateway refused. */
    Submission submit(SampleAppeal sample, int number) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("channel", sample.channel());
        body.put("externalId", sample.externalId());
        body.put("text", sample.text());
        body.put("author", Map.of("id", sample.channel().name().toLowerCase(Locale.ROOT) + "-resident-" + number,
                "name", "Житель " + number));
        body.put("replyTo", ReplyAddresses.of(sample.channel(), sample.externalId()));
        HttpRequest request = request("/api/v1/appeals", channelKey(sample))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)))
                .build();
        HttpResponse<String> response = send(request);
        JsonNode answer = parse(response.body());
        if (response.statusCode() / 100 == 2 && answer.path("appealId").isString()) {
            return Submission.accepted(answer.path("appealId").asString());
        }
        return Submission.refused("HTTP " + response.statusCode() + " " + answer.path("detail").asString(""));
    }

    /**
     * The appeal as its channel sees it (placement, no personal data), or empty while intake does not know it (yet):
     * the channel's own key reads it, so the sender needs no staff login.
     */
    Optional<AppealView> fetch(SampleAppeal sample, String appealId) {
        HttpResponse<String> response = send(request("/api/v1/appeals/" + appealId, channelKey(sample)).GET().build());
        return response.statusCode() == 200 ? Optional.of(AppealView.from(parse(response.body()))) : Optional.empty();
    }

    static String channelKey(SampleAppeal sample) {
        return DemoChannelKeys.of(sample.channel());
    }

    private HttpRequest.Builder request(String path, String apiKey) {
        return HttpRequest.newBuilder(gateway.resolve(path)).timeout(Duration.ofSeconds(10)).header("X-Api-Key", apiKey);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("The gateway at " + gateway + " does not answer (" + e.getMessage()
                    + "); is the local stack running (./run-local.sh)?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private JsonNode parse(String body) {
        try {
            return json.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (tools.jackson.core.JacksonException e) {
            return json.createObjectNode();
        }
    }

    /** The outcome of one POST: an appeal id, or the reason it was refused. */
    record Submission(String appealId, String refusal) {
        static Submission accepted(String appealId) {
            return new Submission(appealId, null);
        }

        static Submission refused(String refusal) {
            return new Submission(null, refusal);
        }
    }
}
