package org.appeals.bench.console;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the bench asks the platform's API, as the centre's demo operator key: how many appeals, and one to show. */
final class PlatformApi {

    static final String OPERATOR_KEY = "demo-operator";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI gateway;
    private final JsonMapper json;

    PlatformApi(URI gateway, JsonMapper json) {
        this.gateway = gateway;
        this.json = json;
    }

    /** Intake's count of the appeals the operator may find ({@code total} of {@code GET /api/v1/appeals}). */
    Optional<Long> appealCount() {
        return getJson("/api/v1/appeals?size=1").map(body -> body.path("total"))
                .filter(JsonNode::isNumber).map(JsonNode::asLong);
    }

    /** The first appeal of a department's inbox. */
    Optional<String> appealOf(String departmentId) {
        return getJson("/api/v1/departments/" + departmentId + "/appeals?limit=1")
                .map(body -> body.path("items").path(0).path("appealId").asString(""))
                .filter(id -> !id.isEmpty());
    }

    /** A page of appeals in a department's inbox, newest first: their ids and departments (intake's list). */
    List<Placed> assigned(int page, int size) {
        return getJson("/api/v1/appeals?status=ASSIGNED&size=" + size + "&page=" + page)
                .map(body -> body.path("items").valueStream()
                        .map(item -> new Placed(item.path("appealId").asString(""),
                                item.path("department").path("id").asString("")))
                        .filter(placed -> !placed.appealId().isEmpty() && !placed.departmentId().isEmpty())
                        .toList())
                .orElse(List.of());
    }

    /** POSTs JSON with the key; the status, or 0 when no answer came. */
    int post(String path, String apiKey, String body) {
        HttpRequest request = HttpRequest.newBuilder(gateway.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("X-Api-Key", apiKey).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** An appeal and the department it was placed in. */
    record Placed(String appealId, String departmentId) {
    }

    private Optional<JsonNode> getJson(String path) {
        HttpRequest request = HttpRequest.newBuilder(gateway.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("X-Api-Key", OPERATOR_KEY).header("Accept", "application/json").GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? Optional.of(json.readTree(response.body())) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
