package org.appeals.intake.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.appeals.contracts.ForwardedIdentity;
import org.appeals.support.testing.TestIdentity;

/** Calls intake over HTTP the way the gateway does, with the authenticated client in a signed identity. */
public final class IntakeClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public IntakeClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public HttpResponse<String> post(String body, String role, String scope) {
        return postAsync(body, role, scope).join();
    }

    public CompletableFuture<HttpResponse<String>> postAsync(String body, String role, String scope) {
        return postAsync("/api/v1/appeals", body, role, scope);
    }

    public HttpResponse<String> post(String path, String body, String role, String scope) {
        return postAsync(path, body, role, scope).join();
    }

    public HttpResponse<String> feedback(String appealId, String body, String role, String scope) {
        return post("/api/v1/appeals/" + appealId + "/feedback", body, role, scope);
    }

    public CompletableFuture<HttpResponse<String>> postAsync(String path, String body, String role, String scope) {
        HttpRequest request = as(role, scope, HttpRequest.newBuilder(URI.create(base + path)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(String path, String role, String scope) {
        HttpRequest request = as(role, scope, HttpRequest.newBuilder(URI.create(base + path))).GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).join();
    }

    /** A GET as the person or machine of a signed identity ({@code TestIdentity}). */
    public HttpResponse<String> getAs(String path, String identity) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header(ForwardedIdentity.HEADER, identity).GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).join();
    }

    public HttpResponse<String> appeal(String appealId, String role, String scope) {
        return get("/api/v1/appeals/" + appealId, role, scope);
    }

    /** Without a role: what the gateway signs on a public route (nobody identified), which a caller's route refuses. */
    private static HttpRequest.Builder as(String role, String scope, HttpRequest.Builder request) {
        return request.header(ForwardedIdentity.HEADER, role == null
                ? TestIdentity.sign(TestIdentity.SECRET, "public", null, null, List.of(), List.of(), false)
                : TestIdentity.of("test-" + role.toLowerCase() + (scope == null ? "" : "-" + scope), role, scope));
    }
}
