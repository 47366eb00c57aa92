package org.appeals.resident.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A real HTTP server on a free loopback port playing the gateway's documented endpoints for resident-web's own tests:
 * {@code POST /api/v1/appeals} (registers, numbering each appeal), {@code GET /api/v1/public/appeals/{number}?code=}
 * (the appeals {@link #publish published} here, 404 for a wrong code) and {@code POST …/feedback} (202). A test can
 * put any answer in front of a path with {@link #answer}. Every request is recorded.
 */
public final class GatewayStub implements AutoCloseable {

    /** A request as it arrived. */
    public record Request(String method, String path, String query, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0)).findFirst().orElse(null);
        }
    }

    /** An answer: status, content type, body and an optional Retry-After. */
    public record Answer(int status, String contentType, String body, String retryAfter) {

        public static Answer json(int status, String body) {
            return new Answer(status, "application/json", body, null);
        }

        public static Answer problem(int status, String detail) {
            return new Answer(status, "application/problem+json",
                    "{\"status\":" + status + ",\"detail\":\"" + detail + "\"}", null);
        }
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, String> published = new ConcurrentHashMap<>();
    private final Map<String, Function<Request, Answer>> overrides = new ConcurrentHashMap<>();
    private int registered;

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

    /** Serves {@code json} as the public view of {@code number} to whoever sends {@code code}. */
    public void publish(String number, String code, String json) {
        published.put(number + "?code=" + code, json);
    }

    /** Answers every request to exactly {@code method path} with {@code answer} from now on. */
    public void answer(String method, String path, Function<Request, Answer> answer) {
        overrides.put(method + " " + path, answer);
    }

    /** Back to the standard answer for {@code method path}. */
    public void standardAnswer(String method, String path) {
        overrides.remove(method + " " + path);
    }

    public List<Request> requests(String method, String path) {
        return requests.stream().filter(r -> r.method().equals(method) && r.path().equals(path)).toList();
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestURI().getRawQuery(), Map.copyOf(exchange.getRequestHeaders()), body);
        requests.add(request);
        Function<Request, Answer> override = overrides.get(request.method() + " " + request.path());
        Answer answer = override != null ? override.apply(request) : standard(request);
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", answer.contentType());
        if (answer.retryAfter() != null) {
            exchange.getResponseHeaders().add("Retry-After", answer.retryAfter());
        }
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private synchronized Answer standard(Request request) {
        if (request.method().equals("POST") && request.path().equals("/api/v1/appeals")) {
            registered++;
            return Answer.json(202, "{\"appealId\":\"" + java.util.UUID.randomUUID() + "\",\"registrationNumber\":"
                    + "\"34-2026-" + String.format("%06d", registered) + "\",\"accessCode\":\"7K3M9QXA\","
                    + "\"status\":\"RECEIVED\"}");
        }
        if (request.method().equals("GET") && request.path().startsWith("/api/v1/public/appeals/")) {
            String json = published.get(request.path().substring("/api/v1/public/appeals/".length()) + "?"
                    + request.query());
            return json != null ? Answer.json(200, json) : Answer.problem(404, "No such appeal.");
        }
        if (request.method().equals("POST") && request.path().endsWith("/feedback")) {
            return Answer.json(202, "{\"accepted\":true}");
        }
        return Answer.problem(404, "Not played by the stub.");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
