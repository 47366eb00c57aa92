package org.appeals.launcher.keycloak;

import java.io.IOException;
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
 * The OAuth 2 resource-owner password grant against a token endpoint, as {@code curl} does it in the banner: only for
 * the public {@code appeals-cli} client of the local run and the tests. Errors name the user, never the password.
 */
public final class PasswordGrant {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PasswordGrant() {
    }

    /** The access token (a JWT) Keycloak issues to {@code username} through {@code clientId}. */
    public static String accessToken(URI tokenEndpoint, String clientId, String username, String password) {
        String form = Map.of("grant_type", "password", "client_id", clientId, "username", username,
                        "password", password).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response = send(request);
        JsonNode body = JSON.readTree(response.body());
        if (response.statusCode() != 200 || !body.path("access_token").isString()) {
            throw new IllegalStateException("No token for " + username + " from " + tokenEndpoint + ": HTTP "
                    + response.statusCode() + " " + body.path("error").asString("") + " "
                    + body.path("error_description").asString(""));
        }
        return body.path("access_token").asString();
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak at " + request.uri() + " does not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while asking " + request.uri() + " for a token", e);
        }
    }
}
