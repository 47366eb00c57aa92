package org.appeals.support.testing;

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
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP server on a free loopback port playing the gateway's side of the documented adapter contract, for the
 * adapters' and the residents' pages' own tests (the gateway itself is tested in its module):
 * <ul>
 *   <li>{@code POST /api/v1/appeals}: 202 with an id, a registration number and an access code; the same
 *       {@code externalId} again answers the same appeal, as intake de-duplicates; with {@code inReplyTo} the appeal
 *       it names and a response id;</li>
 *   <li>{@code POST /api/v1/deliveries/{id}/receipt}: 200;</li>
 *   <li>{@code GET /api/v1/public/appeals/{number}?code=}: what a test {@link #publish published}, else 404;</li>
 *   <li>{@code POST /api/v1/public/appeals/{number}/feedback}: 202;</li>
 *   <li>{@code GET /api/v1/appeals/{id}}: 200, in progress.</li>
 * </ul>
 * Every request is recorded. A test can put its own answer in front of a path ({@link #answer}) or have every request
 * answered 503 ({@link #unavailable}).
 */
public final class GatewayStub implements AutoCloseable {

    /** The access code every appeal registered here gets. */
    public static final String ACCESS_CODE = "7K3M9QXA";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A request as it arrived. */
    public record Request(String method, String path, String query, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0)).findFirst().orElse(null);
        }

        public String apiKey() {
            return header("X-Api-Key");
        }

        /** The body read as JSON; an empty object when it is empty or not JSON (a form post, say). */
        public JsonNode json() {
            try {
                return body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
            } catch (JacksonException e) {
                return JSON.createObjectNode();
            }
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

    private record Registered(String appealId, String number) {
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Registered> appealsByExternalId = new ConcurrentHashMap<>();
    private final Map<String, String> published = new ConcurrentHashMap<>();
    private final Map<String, Function<Request, Answer>> overrides = new ConcurrentHashMap<>();
    private volatile boolean unavailable;
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

    /** While true, every request is answered 503, as a gateway that is away. */
    public void unavailable(boolean value) {
        unavailable = value;
    }

    public List<Request> requests(String method, String path) {
        return requests.stream().filter(r -> r.method().equals(method) && r.path().equals(path)).toList();
    }

    /** Every post of an appeal (or a reply, or feedback) with this externalId, repeated ones too. */
    public List<Request> submissions(String externalId) {
        return requests("POST", "/api/v1/appeals").stream()
                .filter(request -> externalId.equals(request.json().path("externalId").asString(null))).toList();
    }

    /** The receipts posted for a delivery. */
    public List<Request> receipts(UUID deliveryId) {
        return requests("POST", "/api/v1/deliveries/" + deliveryId + "/receipt");
    }

    /** The id of the appeal registered with this externalId, null before it was. */
    public String appealOf(String externalId) {
        Registered appeal = appealsByExternalId.get(externalId);
        return appeal == null ? null : appeal.appealId();
    }

    /** The registration number of the appeal registered with this externalId, null before it was. */
    public String numberOf(String externalId) {
        Registered appeal = appealsByExternalId.get(externalId);
        return appeal == null ? null : appeal.number();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestURI().getRawQuery(), Map.copyOf(exchange.getRequestHeaders()), body);
            requests.add(request);
            Function<Request, Answer> override = overrides.get(request.method() + " " + request.path());
            Answer answer = unavailable ? Answer.problem(503, "The gateway is away for the test.")
                    : override != null ? override.apply(request) : standard(request);
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            if (answer.retryAfter() != null) {
                exchange.getResponseHeaders().set("Retry-After", answer.retryAfter());
            }
            exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    private Answer standard(Request request) {
        String method = request.method();
        String path = request.path();
        if (method.equals("POST") && path.equals("/api/v1/appeals")) {
            return Answer.json(202, registered(request.json()));
        }
        if (method.equals("POST") && path.startsWith("/api/v1/deliveries/") && path.endsWith("/receipt")) {
            return Answer.json(200, "{\"status\":\"" + request.json().path("status").asString() + "\"}");
        }
        if (method.equals("GET") && path.startsWith("/api/v1/public/appeals/")) {
            String json = published.get(path.substring("/api/v1/public/appeals/".length()) + "?" + request.query());
            return json != null ? Answer.json(200, json) : Answer.problem(404, "No such appeal.");
        }
        if (method.equals("POST") && path.startsWith("/api/v1/public/appeals/") && path.endsWith("/feedback")) {
            return Answer.json(202, "{\"accepted\":true}");
        }
        if (method.equals("GET") && path.startsWith("/api/v1/appeals/")) {
            return Answer.json(200, "{\"status\":\"IN_PROGRESS\"}");
        }
        return Answer.problem(404, "Not played by the stub.");
    }

    private synchronized String registered(JsonNode body) {
        if (body.hasNonNull("inReplyTo")) {
            return "{\"appealId\":\"" + body.path("inReplyTo").asString() + "\",\"status\":\"IN_PROGRESS\","
                    + "\"responseId\":\"" + UUID.randomUUID() + "\"}";
        }
        String externalId = body.path("externalId").asString(null);
        Registered appeal = externalId == null ? next() : appealsByExternalId.computeIfAbsent(externalId, id -> next());
        return "{\"appealId\":\"" + appeal.appealId() + "\",\"registrationNumber\":\"" + appeal.number()
                + "\",\"accessCode\":\"" + ACCESS_CODE + "\",\"status\":\"RECEIVED\"}";
    }

    private Registered next() {
        registered++;
        return new Registered(UUID.randomUUID().toString(), "34-2026-" + String.format("%06d", registered));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
