package org.appeals.telegram.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A local Bot API server (JDK {@code HttpServer}) for the demo and the tests. Bot methods at
 * {@code /bot<token>/<method>} (JSON bodies), files at {@code /file/bot<token>/<file_path>}; HTTP status = the
 * {@code error_code}, as Telegram answers. Control API, playing the residents:
 * <ul>
 *   <li>{@code POST /fake/message {chat_id, text, photo?, location?{latitude, longitude}, reply_to_message_id?,
 *   first_name?}}: the resident writes; the update goes to the webhook set by setWebhook (with
 *   {@code X-Telegram-Bot-Api-Secret-Token}) or, without one, waits for getUpdates;</li>
 *   <li>{@code POST /fake/press {chat_id, message_id, data}}: the resident presses an inline button;</li>
 *   <li>{@code POST /fake/fail {method, error_code, description, retry_after?, times?}}: the next calls fail so;</li>
 *   <li>{@code POST /fake/block {chat_id}}: the resident blocks the bot (sendMessage answers 403);</li>
 *   <li>{@code GET /fake/chats}: every chat with its messages, the bot's with reply_parameters and reply_markup.</li>
 * </ul>
 */
public final class FakeBotApi implements AutoCloseable {

    /** The fake when the demo runs one, else null; a bean either way. */
    public record Holder(FakeBotApi fake) implements AutoCloseable {
        @Override
        public void close() {
            if (fake != null) {
                fake.close();
            }
        }
    }

    private static final String TOKEN = "7000000001:demo-fake-bot-token";
    private final HttpServer server;
    private final FakeTelegram telegram;
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private FakeBotApi(HttpServer server, JsonMapper json) {
        this.server = server;
        this.json = json;
        this.telegram = new FakeTelegram(json);
    }

    /** Starts on {@code port} of the loopback address (0: any free port). */
    public static FakeBotApi start(int port, JsonMapper json) {
        try {
            FakeBotApi fake = new FakeBotApi(HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0), json);
            fake.server.createContext("/", fake::handle);
            fake.server.setExecutor(Executors.newFixedThreadPool(8));
            fake.server.start();
            return fake;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String token() {
        return TOKEN;
    }

    /** As setWebhook would: updates go to {@code url} with {@code secret} in the secret-token header. */
    public void useWebhook(String url, String secret) {
        telegram.useWebhook(url, secret);
    }

    /**
     * The resident writes (the control body above); returns the update as delivered. Telegram sends a shared location
     * as a message of its own (https://core.telegram.org/bots/api#message: {@code location} is one kind of message,
     * not a field next to {@code text}), so a body with a text or photo and a location delivers two updates in that
     * order, as a resident who writes and then shares the place; the first is returned.
     */
    public ObjectNode message(JsonNode control) {
        boolean writesToo = control.hasNonNull("text") || control.hasNonNull("photo");
        ObjectNode written = control.deepCopy() instanceof ObjectNode copy ? copy : json.createObjectNode();
        if (writesToo) {
            written.remove("location");
        }
        ObjectNode update = telegram.residentMessage(written);
        deliver(update);
        if (writesToo && control.has("location")) {
            ObjectNode location = json.createObjectNode();
            location.set("chat_id", control.path("chat_id"));
            location.set("location", control.path("location"));
            for (String field : new String[] {"first_name", "from_id"}) {
                if (control.has(field)) {
                    location.set(field, control.path(field));
                }
            }
            deliver(telegram.residentMessage(location));
        }
        return update;
    }

    /** The resident presses a button; returns the update, or null if there is no such message. */
    public ObjectNode press(long chatId, long messageId, String data) {
        ObjectNode update = telegram.press(json.createObjectNode().put("chat_id", chatId).put("message_id", messageId)
                .put("data", data));
        if (update != null) {
            deliver(update);
        }
        return update;
    }

    /** The next {@code times} calls of {@code method} answer this error. */
    public void failNext(String method, int errorCode, String description, Integer retryAfter, int times) {
        telegram.queueError(method, errorCode, description, retryAfter, times);
    }

    public void block(long chatId) {
        telegram.block(chatId);
    }

    public ObjectNode chats() {
        return telegram.chatsView();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getPath();
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (path.startsWith("/fake/")) {
                control(exchange, path.substring("/fake/".length()), body);
            } else if (path.startsWith("/file/bot")) {
                file(exchange, path.substring("/file/bot".length()));
            } else if (path.startsWith("/bot")) {
                method(exchange, path.substring("/bot".length()), body);
            } else {
                respond(exchange, 404, error(404, "Not Found"));
            }
        } finally {
            exchange.close();
        }
    }

    private void method(HttpExchange exchange, String rest, byte[] body) throws IOException {
        int slash = rest.indexOf('/');
        if (slash < 0 || !rest.substring(0, slash).equals(TOKEN)) {
            respond(exchange, 401, error(401, "Unauthorized"));
            return;
        }
        String method = rest.substring(slash + 1);
        JsonNode parameters = body.length == 0 ? json.createObjectNode() : json.readTree(body);
        ObjectNode answer = method.equals("getUpdates") ? longPoll(parameters) : telegram.call(method, parameters);
        respond(exchange, answer.path("ok").asBoolean() ? 200 : answer.path("error_code").asInt(), answer);
    }

    /** Holds getUpdates up to its {@code timeout} (at most 5 s here) until an update is pending. */
    private ObjectNode longPoll(JsonNode parameters) {
        long offset = parameters.path("offset").asLong(0);
        long until = System.currentTimeMillis() + Math.min(parameters.path("timeout").asLong(0), 5) * 1000;
        while (!telegram.hasPendingUpdates(offset) && System.currentTimeMillis() < until) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return telegram.getUpdates(parameters);
    }

    private void file(HttpExchange exchange, String rest) throws IOException {
        int slash = rest.indexOf('/');
        byte[] bytes = slash < 0 || !rest.substring(0, slash).equals(TOKEN) ? null
                : telegram.file(rest.substring(slash + 1));
        if (bytes == null) {
            respond(exchange, 404, error(404, "Not Found"));
            return;
        }
        exchange.getResponseHeaders().add("Content-Type", "image/jpeg");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private void control(HttpExchange exchange, String action, byte[] body) throws IOException {
        JsonNode request = body.length == 0 ? json.createObjectNode() : json.readTree(body);
        switch (action) {
            case "message" -> respond(exchange, 200, message(request));
            case "press" -> {
                ObjectNode update = press(request.path("chat_id").asLong(), request.path("message_id").asLong(),
                        request.path("data").asString(""));
                respond(exchange, update == null ? 404 : 200, update == null ? error(404, "no such message") : update);
            }
            case "fail" -> {
                failNext(request.path("method").asString(), request.path("error_code").asInt(429),
                        request.path("description").asString("Too Many Requests"),
                        request.hasNonNull("retry_after") ? request.path("retry_after").asInt() : null,
                        request.path("times").asInt(1));
                respond(exchange, 200, json.createObjectNode().put("ok", true));
            }
            case "block" -> {
                block(request.path("chat_id").asLong());
                respond(exchange, 200, json.createObjectNode().put("ok", true));
            }
            case "chats" -> respond(exchange, 200, chats());
            default -> respond(exchange, 404, error(404, "Not Found"));
        }
    }

    /**
     * POSTs the update to the webhook as Telegram does, with the secret token header
     * (https://core.telegram.org/bots/api#setwebhook), and notes the answer's status in {@code webhook_status}; without
     * a webhook the update waits for getUpdates. Telegram repeats a delivery answered other than 2XY; the fake does not
     * (a test re-posts the returned update itself).
     */
    private void deliver(ObjectNode update) {
        String url = telegram.webhookUrl();
        if (url.isEmpty()) {
            telegram.keepPending(update);
            return;
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(update)));
        if (telegram.webhookSecret() != null) {
            request.header("X-Telegram-Bot-Api-Secret-Token", telegram.webhookSecret());
        }
        try {
            int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            update.put("webhook_status", status);
        } catch (IOException e) {
            update.put("webhook_status", 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private ObjectNode error(int code, String description) {
        return json.createObjectNode().put("ok", false).put("error_code", code).put("description", description);
    }

    private void respond(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
