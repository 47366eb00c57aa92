package org.appeals.department.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.appeals.contracts.ForwardedIdentity;
import org.appeals.support.testing.TestIdentity;
import org.appeals.support.web.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The service's HTTP API as a client behind the gateway sees it: an identity signed for a role and scope. */
public final class DepartmentApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final Role role;
    private final String scope;
    /** A signed identity to send as is ({@code TestIdentity}); null: one for role and scope. */
    private final String identity;
    /** Sent as {@code Idempotency-Key} with every request; null: none. */
    private final String idempotencyKey;

    private DepartmentApi(String base, Role role, String scope, String identity, String idempotencyKey) {
        this.base = base;
        this.role = role;
        this.scope = scope;
        this.identity = identity;
        this.idempotencyKey = idempotencyKey;
    }

    /** A client on the service at this port; call {@link #as} to pick who it is. */
    public static DepartmentApi on(int port) {
        return new DepartmentApi("http://127.0.0.1:" + port, Role.ADMIN, null, null, null);
    }

    public DepartmentApi as(Role role, String scope) {
        return new DepartmentApi(base, role, scope, null, idempotencyKey);
    }

    /** The person or machine of a signed identity, e.g. {@code TestIdentity.municipalOperator(...)}. */
    public DepartmentApi as(String identity) {
        return new DepartmentApi(base, null, null, identity, idempotencyKey);
    }

    /** The same client sending {@code Idempotency-Key: key} with every request. */
    public DepartmentApi withKey(String key) {
        return new DepartmentApi(base, role, scope, identity, key);
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
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header(ForwardedIdentity.HEADER,
                identity != null ? identity : TestIdentity.of("test-" + role.name().toLowerCase(), role.name(), scope));
        return idempotencyKey == null ? request : request.header("Idempotency-Key", idempotencyKey);
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
