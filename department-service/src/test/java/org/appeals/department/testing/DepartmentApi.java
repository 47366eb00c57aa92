package org.appeals.department.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.appeals.support.web.Caller;
import org.appeals.support.web.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The service's HTTP API as a client behind the gateway sees it: X-Appeals-* headers set for a role and scope. */
public final class DepartmentApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final Role role;
    private final String scope;

    private DepartmentApi(String base, Role role, String scope) {
        this.base = base;
        this.role = role;
        this.scope = scope;
    }

    /** A client on the service at this port; call {@link #as} to pick who it is. */
    public static DepartmentApi on(int port) {
        return new DepartmentApi("http://127.0.0.1:" + port, Role.ADMIN, null);
    }

    public DepartmentApi as(Role role, String scope) {
        return new DepartmentApi(base, role, scope);
    }

    public DepartmentApi asDepartment(String departmentId) {
        return as(Role.DEPARTMENT, departmentId);
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<String> post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> post(String path, HttpRequest.BodyPublisher body) {
        return send(request(path).header("Content-Type", "application/json").POST(body));
    }

    public HttpResponse<String> answer(String departmentId, UUID appealId, String kind, String text) {
        var body = JSON.createObjectNode().put("kind", kind).put("text", text);
        if (kind.equals("INTERIM")) {
            body.put("promisedBy", java.time.LocalDate.now().plusDays(10).toString());
        }
        return post("/api/v1/departments/" + departmentId + "/appeals/" + appealId + "/answers", body.toString());
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(URI.create(base + path))
                .header(Caller.CLIENT_HEADER, "test-" + role.name().toLowerCase())
                .header(Caller.ROLE_HEADER, role.name());
        return scope == null ? builder : builder.header(Caller.SCOPE_HEADER, scope);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
