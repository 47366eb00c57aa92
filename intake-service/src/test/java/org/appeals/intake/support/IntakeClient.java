package org.appeals.intake.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;

/** Calls intake over HTTP the way the gateway does, with the authenticated client in the X-Appeals-* headers. */
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

    public HttpResponse<String> appeal(String appealId, String role, String scope) {
        return get("/api/v1/appeals/" + appealId, role, scope);
    }

    private static HttpRequest.Builder as(String role, String scope, HttpRequest.Builder request) {
        if (role != null) {
            request.header("X-Appeals-Client", "test-" + role.toLowerCase() + (scope == null ? "" : "-" + scope))
                    .header("X-Appeals-Role", role);
        }
        return scope == null ? request : request.header("X-Appeals-Scope", scope);
    }
}
