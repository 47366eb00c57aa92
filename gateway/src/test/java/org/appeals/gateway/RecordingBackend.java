package org.appeals.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.appeals.contracts.ForwardedIdentity;
import org.springframework.security.oauth2.jwt.Jwt;

/** A real HTTP backend on 127.0.0.1 that records every request it receives and answers with a set reply. */
final class RecordingBackend implements AutoCloseable {

    /** One request as the backend received it; header names in lower case. */
    record Received(String method, String path, String query, Map<String, List<String>> headers, byte[] body) {

        List<String> header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** The one identity the gateway forwarded, verified as a service verifies it (fails otherwise). */
        Jwt identity() {
            List<String> tokens = header(ForwardedIdentity.HEADER);
            if (tokens.size() != 1) {
                throw new AssertionError("expected one " + ForwardedIdentity.HEADER + " header, got " + tokens.size());
            }
            return SignedIdentity.verify(tokens.get(0));
        }
    }

    private record Reply(int status, String contentType, String body, Map<String, List<String>> headers) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Reply reply;
    // replies for particular paths (an intake's lookup of registration numbers beside what is forwarded to it)
    private final Map<String, Reply> replies = new ConcurrentHashMap<>();

    private RecordingBackend(HttpServer server) {
        this.server = server;
        reset();
    }

    static RecordingBackend start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            RecordingBackend backend = new RecordingBackend(server);
            server.createContext("/", backend::handle);
            server.start();
            return backend;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    Received only() {
        if (received.size() != 1) {
            throw new AssertionError("expected exactly one request, got " + received.size());
        }
        return received.get(0);
    }

    /** Forgets what was received and answers 202 JSON again, at every path. */
    void reset() {
        received.clear();
        replies.clear();
        reply = new Reply(202, "application/json", "{\"status\":\"ACCEPTED\"}", Map.of());
    }

    /** Answers requests for this one path (without query) so; every other path as before. */
    void answerAt(String path, int status, String contentType, String body) {
        replies.put(path, new Reply(status, contentType, body, Map.of()));
    }

    void answer(int status, String contentType, String body) {
        answer(status, contentType, body, Map.of());
    }

    /** The same, with more headers (each name with all its values, e.g. two Set-Cookie). */
    void answer(int status, String contentType, String body, Map<String, List<String>> headers) {
        reply = new Reply(status, contentType, body, headers);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        Map<String, List<String>> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(), headers, body));
        Reply current = replies.getOrDefault(exchange.getRequestURI().getRawPath(), reply);
        byte[] answer = current.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", current.contentType());
        current.headers().forEach((name, values) -> exchange.getResponseHeaders().put(name, values));
        exchange.sendResponseHeaders(current.status(), answer.length == 0 ? -1 : answer.length);
        try (var out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
