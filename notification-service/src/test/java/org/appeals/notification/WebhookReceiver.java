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
 * a test scripted (200 once the script is used up), so tests sharing it do not disturb each other. Scripts apply to
 * answers; status notices are answered 200. A channel's path can be taken down: every call to it gets 503.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One call as it arrived. */
    record Call(String path, String delivery, String timestamp, String signature, byte[] body, int status) {

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }

        boolean accepted() {
            return status / 100 == 2;
        }

        /** REGISTERED or ASSIGNED for a status notice, null for an answer. */
        String notice() {
            try {
                return JSON.readTree(body).path("notice").asString(null);
            } catch (RuntimeException e) {
                return null;
            }
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8);
    private final java.util.Set<String> downPaths = ConcurrentHashMap.newKeySet();
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

    /** Every call to this path gets 503 until {@link #revive}: a dead adapter. */
    void takeDown(String path) {
        downPaths.add(path);
    }

    void revive(String path) {
        downPaths.remove(path);
    }

    /** The calls with answers to the appeal (status notices left out). */
    List<Call> callsFor(String appealId) {
        return allCallsFor(appealId).stream().filter(call -> call.notice() == null).toList();
    }

    List<Call> noticesFor(String appealId) {
        return allCallsFor(appealId).stream().filter(call -> call.notice() != null).toList();
    }

    /** What the adapter posted, as it sees it: one message per distinct delivery key it accepted. */
    long distinctAcceptedDeliveries(String appealId) {
        return callsFor(appealId).stream().filter(Call::accepted).map(Call::delivery).distinct().count();
    }

    private List<Call> allCallsFor(String appealId) {
        return calls.stream().filter(call -> appealId.equals(appealIdOf(call.body()))).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        var headers = exchange.getRequestHeaders();
        String path = exchange.getRequestURI().getPath();
        var call = new Call(path, headers.getFirst("X-Appeals-Delivery"), headers.getFirst("X-Appeals-Timestamp"),
                headers.getFirst("X-Appeals-Signature"), body, 0);
        int status = downPaths.contains(path) ? 503 : statusFor(appealIdOf(body), call.notice() != null);
        calls.add(new Call(call.path(), call.delivery(), call.timestamp(), call.signature(), body, status));
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private int statusFor(String appealId, boolean notice) {
        if (appealId == null) {
            return 400;
        }
        if (notice) {
            return 200;
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
