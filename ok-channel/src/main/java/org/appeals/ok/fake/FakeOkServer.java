package org.appeals.ok.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A real HTTP server on loopback answering as OK's Graph API does for a group's bot
 * (https://apiok.ru/dev/methods/botapi):
 * <ul>
 * <li>{@code GET /graph/me/subscriptions}, {@code POST /graph/me/subscribe|unsubscribe {url}} →
 * {@code {"subscriptions": [{"time", "url"}]}}, {@code {"success": true}};</li>
 * <li>{@code POST /graph/me/messages/<chat_id> {"recipient": {"chat_id"}, "message": {"text", "reply_to"}}} →
 * {@code {"success": true, "message_id": "mid:…"}};</li>
 * <li>errors as https://apiok.ru/dev/errors gives them: HTTP 200, the code in the {@code invocation-error} header and
 * {@code {"error_code", "error_msg", "error_data"}} in the body — 103 PARAM_SESSION_KEY for a wrong token, 300
 * NOT_FOUND for an unknown chat, 10 PERMISSION_DENIED for a chat that refuses the group, and whatever a test queues
 * ({@link #failNextSends}).</li>
 * </ul>
 * Control API: {@code POST /fake/message {user_id, chat_id, text, name?, reply_to?, image_url?}} — a resident writes;
 * the update goes to every subscribed webhook as OK sends it —, {@code POST /fake/redeliver {mid}} — OK sends that
 * update again —, {@code GET /fake/chats} — every chat with its messages.
 */
public final class FakeOkServer implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** An error the next send answers with. */
    record QueuedError(int code, String message) {
    }

    private final HttpServer server;
    private final FakeChats chats = new FakeChats();
    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private final Deque<QueuedError> queuedErrors = new ConcurrentLinkedDeque<>();
    private final FakeWebhooks webhooks = new FakeWebhooks(JSON);
    private volatile String token;

    /** One entry of {@code GET /graph/me/subscriptions}. */
    record Subscription(long time, String url) {
    }

    private FakeOkServer(HttpServer server, String token) {
        this.server = server;
        this.token = token;
    }

    /** No fake: the adapter talks to the real OK. */
    public static FakeOkServer none() {
        return new FakeOkServer(null, null);
    }

    public static FakeOkServer start(int port, String token) {
        try {
            FakeOkServer fake = new FakeOkServer(HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0), token);
            fake.server.createContext("/", fake::handle);
            // several at once: a resident's update may be on its way to the adapter while the adapter sends
            fake.server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4, runnable -> {
                Thread thread = new Thread(runnable, "fake-ok");
                thread.setDaemon(true);
                return thread;
            }));
            fake.server.start();
            return fake;
        } catch (IOException e) {
            throw new UncheckedIOException("the fake OK API cannot listen on port " + port, e);
        }
    }

    public String url() {
        return server == null ? null : "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next {@code count} sends answer OK's error {@code code}. */
    public void failNextSends(int count, int code, String message) {
        for (int i = 0; i < count; i++) {
            queuedErrors.add(new QueuedError(code, message));
        }
    }

    /** The chat's user forbids the group's messages from now on. */
    public void block(String chatId) {
        chats.block(chatId);
    }

    /** The chat's user allows the group's messages again. */
    public void unblock(String chatId) {
        chats.unblock(chatId);
    }

    /** The group's key is regenerated: the adapter's token is refused until {@link #acceptToken}. */
    public void revokeToken() {
        token = "revoked-" + System.nanoTime();
    }

    public void acceptToken(String accepted) {
        token = accepted;
    }

    public List<String> subscribedUrls() {
        return subscriptions.stream().map(Subscription::url).toList();
    }

    /** A resident writes; returns the new message's {@code mid} after every webhook got the update. */
    public String residentWrites(String userId, String chatId, String name, String text, String replyTo,
                                 List<String> imageUrls) {
        FakeChats.Message message = chats.fromUser(chatId, userId, name, text, replyTo, imageUrls);
        webhooks.deliver(subscribedUrls(), update(userId, name, chatId, message));
        return message.mid();
    }

    /** OK sends the update of {@code mid} once more, as it does when a webhook did not answer 200 in time. */
    public void redeliver(String mid) {
        FakeChats.Chat chat = chats.chatOf(mid).orElseThrow();
        FakeChats.Message message = chat.messages().stream().filter(m -> m.mid().equals(mid)).findFirst().orElseThrow();
        webhooks.deliver(subscribedUrls(), update(chat.userId(), chat.userName(), chat.chatId(), message));
    }

    public JsonNode chatsJson() {
        return JSON.valueToTree(chats.all());
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            try {
                route(exchange);
            } catch (RuntimeException e) {
                respond(exchange, 400, JSON.createObjectNode().put("error", String.valueOf(e.getMessage())), null);
            }
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        JsonNode body = readBody(exchange);
        if (path.startsWith("/fake/")) {
            control(exchange, path, body);
        } else if (path.startsWith("/graph/me/")) {
            graph(exchange, path.substring("/graph/me/".length()), body);
        } else {
            respond(exchange, 404, JSON.createObjectNode().put("error", "not played by the fake"), null);
        }
    }

    private void graph(HttpExchange exchange, String method, JsonNode body) throws IOException {
        if (!token.equals(queryParameter(exchange, "access_token"))) {
            error(exchange, 103, "PARAM_SESSION_KEY : Invalid session key");
            return;
        }
        String verb = exchange.getRequestMethod();
        if (verb.equals("GET") && method.equals("subscriptions")) {
            respond(exchange, 200, JSON.createObjectNode().set("subscriptions", JSON.valueToTree(subscriptions)), null);
        } else if (verb.equals("POST") && method.equals("subscribe")) {
            String url = body.path("url").asString();
            if (!subscribedUrls().contains(url)) {
                subscriptions.add(new Subscription(System.currentTimeMillis(), url));
            }
            success(exchange);
        } else if (verb.equals("POST") && method.equals("unsubscribe")) {
            subscriptions.removeIf(s -> s.url().equals(body.path("url").asString()));
            success(exchange);
        } else if (verb.equals("POST") && method.startsWith("messages/")) {
            send(exchange, URLDecoder.decode(method.substring("messages/".length()), StandardCharsets.UTF_8), body);
        } else {
            error(exchange, 3, "METHOD : Method does not exist");
        }
    }

    private void send(HttpExchange exchange, String chatId, JsonNode body) throws IOException {
        QueuedError queued = queuedErrors.poll();
        if (queued != null) {
            error(exchange, queued.code(), queued.message());
            return;
        }
        String text = body.path("message").path("text").asString("");
        if (text.isEmpty() || !chatId.equals(body.path("recipient").path("chat_id").asString(chatId))) {
            error(exchange, 100, "PARAM : Missing or incorrect parameter: message");
        } else if (chats.isBlocked(chatId)) {
            error(exchange, 10, "PERMISSION_DENIED : User does not allow messages from the group");
        } else {
            String replyTo = body.path("message").path("reply_to").asString(null);
            chats.fromGroup(chatId, text, replyTo).ifPresentOrElse(
                    sent -> respondUnchecked(exchange, JSON.createObjectNode().put("success", true)
                            .put("message_id", sent.mid())),
                    () -> errorUnchecked(exchange, 300, "NOT_FOUND : Chat not found"));
        }
    }

    private void control(HttpExchange exchange, String path, JsonNode body) throws IOException {
        if (exchange.getRequestMethod().equals("GET") && path.equals("/fake/chats")) {
            respond(exchange, 200, chatsJson(), null);
        } else if (exchange.getRequestMethod().equals("POST") && path.equals("/fake/message")) {
            List<String> images = new ArrayList<>();
            if (body.path("image_url").isString()) {
                images.add(body.path("image_url").asString());
            }
            String mid = residentWrites(body.path("user_id").asString(), body.path("chat_id").asString(),
                    body.path("name").asString(null), body.path("text").asString(""),
                    body.path("reply_to").asString(null), images);
            respond(exchange, 200, JSON.createObjectNode().put("mid", mid), null);
        } else if (exchange.getRequestMethod().equals("POST") && path.equals("/fake/redeliver")) {
            redeliver(body.path("mid").asString());
            success(exchange);
        } else {
            respond(exchange, 404, JSON.createObjectNode().put("error", "unknown control path"), null);
        }
    }

    /** The update as the documentation's webhook examples show it (graph.user.subscribe). */
    private static ObjectNode update(String userId, String name, String chatId, FakeChats.Message message) {
        ObjectNode update = JSON.createObjectNode();
        ObjectNode sender = update.putObject("sender").put("user_id", userId);
        if (name != null) {
            sender.put("name", name);
        }
        update.putObject("recipient").put("chat_id", chatId);
        ObjectNode content = update.putObject("message").put("text", message.text())
                .put("seq", message.timestamp()).put("mid", message.mid());
        if (message.replyTo() != null) {
            content.put("reply_to", message.replyTo());
        }
        if (!message.imageUrls().isEmpty()) {
            var attachments = content.putArray("attachments");
            message.imageUrls().forEach(url -> attachments.addObject().put("type", "IMAGE")
                    .putObject("payload").put("url", url));
        }
        update.put("timestamp", message.timestamp());
        return update;
    }

    private static JsonNode readBody(HttpExchange exchange) throws IOException {
        byte[] bytes = exchange.getRequestBody().readAllBytes();
        return bytes.length == 0 ? JSON.createObjectNode() : JSON.readTree(bytes);
    }

    private static String queryParameter(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            String[] parts = pair.split("=", 2);
            if (parts[0].equals(name) && parts.length == 2) {
                return URLDecoder.decode(parts[1], StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static void success(HttpExchange exchange) throws IOException {
        respond(exchange, 200, JSON.createObjectNode().put("success", true), null);
    }

    private static void error(HttpExchange exchange, int code, String message) throws IOException {
        ObjectNode error = JSON.createObjectNode().put("error_code", code).put("error_msg", message);
        error.putNull("error_data");
        respond(exchange, 200, error, Integer.toString(code));
    }

    private static void errorUnchecked(HttpExchange exchange, int code, String message) {
        try {
            error(exchange, code, message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void respondUnchecked(HttpExchange exchange, JsonNode body) {
        try {
            respond(exchange, 200, body, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void respond(HttpExchange exchange, int status, JsonNode body, String invocationError)
            throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=utf-8");
        if (invocationError != null) {
            exchange.getResponseHeaders().set("invocation-error", invocationError);
        }
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
            if (server.getExecutor() instanceof java.util.concurrent.ExecutorService pool) {
                pool.shutdownNow();
            }
        }
    }
}
