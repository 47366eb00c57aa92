package org.appeals.vk.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP server on a free loopback port playing the gateway's side of the adapter contract: {@code POST
 * /api/v1/appeals} (a new appeal gets an id, a number and a code; the same externalId the same appeal, as intake
 * does; with inReplyTo a response id) and {@code POST /api/v1/deliveries/{id}/receipt}. Every request is recorded;
 * a test can make a path answer with another status.
 */
public final class GatewayStub implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A request as it arrived, the body parsed. */
    public record Request(String method, String path, String apiKey, JsonNode body) {
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, String> appealsByExternalId = new ConcurrentHashMap<>();
    private final Map<String, Integer> statusByPathPrefix = new ConcurrentHashMap<>();
    private final AtomicInteger numbers = new AtomicInteger();

    private GatewayStub(HttpServer server) {
        this.server = server;
    }

    public static GatewayStub start() {
        try {
            GatewayStub stub = new GatewayStub(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
            stub.server.createContext("/", stub::handle);
            stub.server.start();
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Requests to paths starting with {@code prefix} are answered {@code status} (null: normally again). */
    public void answer(String prefix, Integer status) {
        if (status == null) {
            statusByPathPrefix.remove(prefix);
        } else {
            statusByPathPrefix.put(prefix, status);
        }
    }

    /** The submissions with this externalId. */
    public List<Request> submissions(String externalId) {
        return requests.stream().filter(r -> r.path().equals("/api/v1/appeals")
                && externalId.equals(r.body().path("externalId").asString(null))).toList();
    }

    public List<Request> receipts(UUID deliveryId) {
        return requests.stream().filter(r -> r.path().equals("/api/v1/deliveries/" + deliveryId + "/receipt"))
                .toList();
    }

    public String appealOf(String externalId) {
        return appealsByExternalId.get(externalId);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        JsonNode json = body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        requests.add(new Request(exchange.getRequestMethod(), path,
                exchange.getRequestHeaders().getFirst("X-Api-Key"), json));
        int status = statusByPathPrefix.entrySet().stream().filter(e -> path.startsWith(e.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(0);
        String answer;
        if (status != 0) {
            answer = "{\"status\":" + status + ",\"detail\":\"stubbed\"}";
        } else if (path.equals("/api/v1/appeals") && json.has("inReplyTo")) {
            status = 202;
            answer = "{\"appealId\":\"" + json.path("inReplyTo").asString() + "\",\"status\":\"IN_WORK\","
                    + "\"responseId\":\"" + UUID.randomUUID() + "\"}";
        } else if (path.equals("/api/v1/appeals")) {
            status = 202;
            String appealId = appealsByExternalId.computeIfAbsent(json.path("externalId").asString(),
                    id -> UUID.randomUUID().toString());
            answer = "{\"appealId\":\"" + appealId + "\",\"registrationNumber\":\"34-2026-"
                    + String.format("%06d", numbers.incrementAndGet()) + "\",\"accessCode\":\"K7M2QX9D\","
                    + "\"status\":\"RECEIVED\"}";
        } else if (path.startsWith("/api/v1/deliveries/") && path.endsWith("/receipt")) {
            status = 200;
            answer = "{\"status\":\"" + json.path("status").asString() + "\"}";
        } else {
            status = 404;
            answer = "{\"status\":404}";
        }
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type",
                status >= 400 ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
