package org.appeals.ok.testing;

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
 * A real HTTP server on a free loopback port playing the gateway's two adapter endpoints for the OK channel's tests:
 * {@code POST /api/v1/appeals} (202 with a number and code; the same externalId again answers the same appeal, as
 * intake de-duplicates; {@code inReplyTo} answers the appeal it names) and {@code POST /api/v1/deliveries/{id}/receipt}
 * (200), and {@code GET /api/v1/appeals/{id}} (status IN_PROGRESS). Every request is recorded; {@link #unavailable}
 * makes it answer 503 for a while.
 */
public final class GatewayStub implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A request as it arrived. */
    public record Request(String method, String path, String apiKey, JsonNode body) {
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, String> appealsByExternalId = new ConcurrentHashMap<>();
    private final AtomicInteger numbers = new AtomicInteger();
    private volatile boolean unavailable;

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

    public void unavailable(boolean value) {
        unavailable = value;
    }

    /** The appeals posted with this externalId (each attempt, also repeated ones). */
    public List<JsonNode> appeals(String externalId) {
        return requests.stream().filter(r -> r.path().equals("/api/v1/appeals"))
                .map(Request::body).filter(b -> b.path("externalId").asString("").equals(externalId)).toList();
    }

    /** The receipts posted for a delivery. */
    public List<JsonNode> receipts(String deliveryId) {
        return requests.stream().filter(r -> r.path().equals("/api/v1/deliveries/" + deliveryId + "/receipt"))
                .map(Request::body).toList();
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public String appealIdOf(String externalId) {
        return appealsByExternalId.get(externalId);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] raw = exchange.getRequestBody().readAllBytes();
            JsonNode body = raw.length == 0 ? JSON.createObjectNode() : JSON.readTree(raw);
            String path = exchange.getRequestURI().getPath();
            requests.add(new Request(exchange.getRequestMethod(), path,
                    exchange.getRequestHeaders().getFirst("X-Api-Key"), body));
            if (unavailable) {
                respond(exchange, 503, "{\"status\":503,\"detail\":\"down for the test\"}");
            } else if (path.equals("/api/v1/appeals")) {
                respond(exchange, 202, registered(body));
            } else if (exchange.getRequestMethod().equals("GET") && path.startsWith("/api/v1/appeals/")) {
                respond(exchange, 200, "{\"status\":\"IN_PROGRESS\"}");
            } else if (path.startsWith("/api/v1/deliveries/") && path.endsWith("/receipt")) {
                respond(exchange, 200, "{\"status\":\"" + body.path("status").asString() + "\"}");
            } else {
                respond(exchange, 404, "{\"status\":404}");
            }
        }
    }

    private String registered(JsonNode body) {
        if (body.hasNonNull("inReplyTo")) {
            return "{\"appealId\":\"" + body.path("inReplyTo").asString() + "\",\"status\":\"IN_PROGRESS\","
                    + "\"responseId\":\"" + UUID.randomUUID() + "\"}";
        }
        String appealId = appealsByExternalId.computeIfAbsent(body.path("externalId").asString(),
                id -> UUID.randomUUID().toString());
        return "{\"appealId\":\"" + appealId + "\",\"registrationNumber\":\"34-2026-"
                + String.format("%06d", numbers.incrementAndGet()) + "\",\"accessCode\":\"K7M2QX9D\","
                + "\"status\":\"RECEIVED\"}";
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", status >= 400 ? "application/problem+json"
                : "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
