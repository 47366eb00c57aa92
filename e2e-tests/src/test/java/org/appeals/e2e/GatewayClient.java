package org.appeals.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Talks to the platform the way clients do: through the gateway, with an API key, with a person's token (a credential
 * made by {@link #bearer(String)} goes in {@code Authorization}), or without either on the public APIs (Open311) that
 * the gateway lets through (a null credential sends nothing).
 */
final class GatewayClient {

    /** A response: status, content type and the body as JSON (null when empty). */
    record Response(int status, String contentType, JsonNode body) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BEARER = "Bearer ";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    GatewayClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    Response get(String path, String apiKey) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET(), apiKey);
    }

    Response post(String path, String apiKey, String jsonBody) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody)), apiKey);
    }

    Response delete(String path, String credential) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).DELETE(), credential);
    }

    /** An HTML form's POST, as Open311 clients send one; the fields are UTF-8 and go in the given order. */
    Response postForm(String path, String apiKey, Map<String, String> fields) {
        String form = fields.entrySet().stream()
                .map(field -> encoded(field.getKey()) + "=" + encoded(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), apiKey);
    }

    /** A person's access token as a credential for the calls above. */
    static String bearer(String accessToken) {
        return BEARER + accessToken;
    }

    private Response send(HttpRequest.Builder request, String credential) {
        if (credential != null && credential.startsWith(BEARER)) {
            request.header("Authorization", credential);
        } else if (credential != null) {
            request.header("X-Api-Key", credential);
        }
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            return new Response(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    body == null || body.isBlank() ? null : JSON.readTree(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
