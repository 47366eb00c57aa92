package org.appeals.telegram.gateway;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The gateway endpoints an adapter uses, each with {@code X-Api-Key: CHANNEL_API_KEY}: register an appeal or a
 * resident's reply, read an appeal's public view for /status, report a delivery's receipt (README "HTTP API").
 */
public class GatewayClient {

    private final String baseUrl;
    private final String apiKey;
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    public GatewayClient(String baseUrl, String apiKey, JsonMapper json) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.apiKey = apiKey;
        this.json = json;
    }

    /** {@code POST /api/v1/appeals}: an appeal, a reply ({@code inReplyTo}) or feedback; the same externalId registers once. */
    public Registered submit(ObjectNode body) {
        JsonNode answer = json.readTree(expect2xx(send(post("/api/v1/appeals", body))));
        return new Registered(answer.path("appealId").asString(null), answer.path("registrationNumber").asString(null),
                answer.path("accessCode").asString(null), answer.path("status").asString(null));
    }

    /** {@code GET /api/v1/public/appeals/{number}?code=}: the resident's view, or empty if number or code are wrong. */
    public Optional<JsonNode> publicAppeal(String number, String code) {
        HttpResponse<String> response = send(request("/api/v1/public/appeals/" + encode(number) + "?code="
                + encode(code)).GET().build());
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        return Optional.of(json.readTree(expect2xx(response)));
    }

    /**
     * {@code POST /api/v1/deliveries/{id}/receipt {status, reason?}}. A 409 means a receipt is already there (ours,
     * sent before a crash, or an operator re-sent the delivery): nothing more to report.
     */
    public void receipt(UUID deliveryId, boolean delivered, String reason) {
        ObjectNode body = json.createObjectNode().put("status", delivered ? "DELIVERED" : "FAILED");
        if (reason != null) {
            body.put("reason", reason.length() > 500 ? reason.substring(0, 500) : reason);
        }
        HttpResponse<String> response = send(post("/api/v1/deliveries/" + deliveryId + "/receipt", body));
        if (response.statusCode() != 409) {
            expect2xx(response);
        }
    }

    private HttpRequest post(String path, ObjectNode body) {
        return request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))).build();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(10))
                .header("X-Api-Key", apiKey).header("Accept", "application/json");
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new GatewayException(0, "gateway unreachable (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GatewayException(0, "interrupted");
        }
    }

    private static String expect2xx(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            // the problem's detail names the field at fault; it never echoes the resident's words
            throw new GatewayException(response.statusCode(), response.body().length() > 300
                    ? response.body().substring(0, 300) : response.body());
        }
        return response.body();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
