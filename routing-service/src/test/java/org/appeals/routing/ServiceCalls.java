package org.appeals.routing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.appeals.contracts.ForwardedIdentity;
import org.appeals.support.testing.TestIdentity;
import org.appeals.support.web.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP calls to the service, as the gateway would make them on behalf of a client with a role. */
final class ServiceCalls {

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final int port;

    ServiceCalls(int port) {
        this.port = port;
    }

    HttpResponse<String> get(String path, Role role) {
        return send(request(path, role).GET());
    }

    HttpResponse<String> post(String path, Role role, String body) {
        return send(request(path, role).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> put(String path, Role role, String body) {
        return send(request(path, role).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> delete(String path, Role role) {
        return send(request(path, role).DELETE());
    }

    /** A GET as the person or machine of a signed identity ({@code TestIdentity}). */
    HttpResponse<String> getAs(String path, String identity) {
        return send(as(path, identity).GET());
    }

    HttpResponse<String> postAs(String path, String identity, String body) {
        return send(as(path, identity).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> putAs(String path, String identity, String body) {
        return send(as(path, identity).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> deleteAs(String path, String identity) {
        return send(as(path, identity).DELETE());
    }

    JsonNode json(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    /** The triage queue as an operator sees it. */
    List<JsonNode> triage() {
        HttpResponse<String> response = get("/api/v1/triage?limit=500", Role.OPERATOR);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("triage answered " + response.statusCode() + ": " + response.body());
        }
        return json(response).valueStream().toList();
    }

    List<String> triageIds() {
        return triage().stream().map(item -> item.get("appealId").asString()).toList();
    }

    JsonNode triageItem(UUID appealId) {
        return triage().stream()
                .filter(item -> item.get("appealId").asString().equals(appealId.toString()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("appeal " + appealId + " is not listed in triage"));
    }

    private HttpRequest.Builder request(String path, Role role) {
        var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (role != null) {
            // department staff always work for some department; which one does not matter to routing
            String scope = role == Role.DEPARTMENT ? "volgograd-roads" : null;
            builder.header(ForwardedIdentity.HEADER, TestIdentity.of("test-" + role.name().toLowerCase(),
                    role.name(), scope));
        }
        return builder;
    }

    private HttpRequest.Builder as(String path, String identity) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header(ForwardedIdentity.HEADER, identity);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
