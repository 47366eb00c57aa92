package org.appeals.notification;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real channel adapter's webhook on a loopback port: records every call and answers, per appeal, with the statuses
 * a test scripted (200 once the script is used up), so tests sharing it do not disturb each other.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One call as it arrived. */
    record Call(String path, String delivery, String timestamp, String signature, byte[] body) {

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Integer>> scripts = new ConcurrentHashMap<>();
    private final Map<String, Integer> always = new ConcurrentHashMap<>();

    private WebhookReceiver(HttpServer server) {
        this.server = server;
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    static WebhookReceiver start() {
        try {
            return new WebhookReceiver(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The next calls about this appeal get these statuses, then 200. */
    void respond(String appealId, Integer... statuses) {
        scripts.put(appealId, new ArrayDeque<>(List.of(statuses)));
    }

    void alwaysRespond(String appealId, int status) {
        always.put(appealId, status);
    }

    List<Call> callsFor(String appealId) {
        return calls.stream().filter(call -> appealId.equals(appealIdOf(call.body()))).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        var headers = exchange.getRequestHeaders();
        calls.add(new Call(exchange.getRequestURI().getPath(), headers.getFirst("X-Appeals-Delivery"),
                headers.getFirst("X-Appeals-Timestamp"), headers.getFirst("X-Appeals-Signature"), body));
        exchange.sendResponseHeaders(statusFor(appealIdOf(body)), -1);
        exchange.close();
    }

    private int statusFor(String appealId) {
        if (appealId == null) {
            return 400;
        }
        Integer fixed = always.get(appealId);
        if (fixed != null) {
            return fixed;
        }
        Deque<Integer> script = scripts.get(appealId);
        Integer next = script == null ? null : script.poll();
        return next == null ? 200 : next;
    }

    private static String appealIdOf(byte[] body) {
        try {
            return JSON.readTree(body).path("appealId").asString(null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
