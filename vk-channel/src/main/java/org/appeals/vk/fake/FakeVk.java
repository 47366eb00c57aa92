package org.appeals.vk.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A real HTTP server (JDK) playing VK for one community: {@code /method/messages.send} and
 * {@code /method/wall.createComment} as VK's API answers them ({@link FakeApi}), and VK's Callback API sender driven
 * by a control API — {@code POST /fake/comment {text, from_id, post_id, reply_to_comment?}},
 * {@code POST /fake/message {text, from_id, photos?}}, {@code POST /fake/post {text, from_id, suggest?}} deliver
 * {@code wall_reply_new}, {@code message_new}, {@code wall_post_new} to the adapter's callback with the
 * community's secret — and {@code GET /fake/threads}: every post's comments and every conversation's messages, the
 * community's replies included. The demo runs it in the adapter's process; the tests run against it.
 */
public final class FakeVk implements AutoCloseable {

    /** A call the adapter made: the method and its parameters (the token left out). */
    public record Call(String method, Map<String, String> params) {
    }

    private final HttpServer server;
    private final FakeCommunity community;
    private final FakeCallbackSender sender;
    private final FakeApi api;
    private final ExecutorService handlers = Executors.newFixedThreadPool(4);

    private FakeVk(HttpServer server, String token, long groupId, String secret, String version) {
        this.server = server;
        this.community = new FakeCommunity(groupId);
        this.sender = new FakeCallbackSender(groupId, secret, version);
        this.api = new FakeApi(community, sender, token);
    }

    /** Starts on {@code port} of loopback (0: a free one). */
    public static FakeVk start(int port, String token, long groupId, String secret, String version) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            FakeVk fake = new FakeVk(server, token, groupId, secret, version);
            server.createContext("/method/", fake::method);
            server.createContext("/fake/", fake::control);
            server.setExecutor(fake.handlers);
            server.start();
            return fake;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String apiUrl() {
        return "http://127.0.0.1:" + port() + "/method";
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Where the Callback API events go: the adapter's {@code /callback/vk}. */
    public void callbackTo(String url) {
        sender.callbackTo(url);
    }

    /** The next {@code times} calls of {@code method} get VK error {@code code}. */
    public void failNext(String method, int code, int times) {
        api.failNext(method, code, times);
    }

    /** The resident never allowed the community's messages: error 901. */
    public void withoutMessagePermission(long userId) {
        api.withoutMessagePermission(userId);
    }

    /** The resident's privacy settings bar the community: error 902. */
    public void privacyBars(long userId) {
        api.privacyBars(userId);
    }

    /** The token stops working (error 5) until {@link #restoreToken()}. */
    public void revokeToken() {
        api.revokeToken(true);
    }

    public void restoreToken() {
        api.revokeToken(false);
    }

    public List<Call> calls(String method) {
        return api.calls().stream().filter(call -> call.method().equals(method)).toList();
    }

    public List<JsonNode> comments(long postId) {
        return community.comments(postId);
    }

    public List<JsonNode> messages(long peerId) {
        return community.messages(peerId);
    }

    /** A resident comments under the community's post: {@code {event_id, comment_id, answer}}. */
    public JsonNode comment(String text, long fromId, long postId, Long replyToComment) {
        ObjectNode comment = community.comment(postId, fromId, text, replyToComment);
        return sender.send("wall_reply_new", comment.deepCopy()).put("comment_id", comment.path("id").asLong());
    }

    /** A resident writes to the community, photos given as the URLs of their largest copies. */
    public JsonNode message(String text, long fromId, List<String> photos) {
        ObjectNode message = community.message(fromId, fromId, text);
        ArrayNode attachments = (ArrayNode) message.path("attachments");
        photos.forEach(url -> attachments.add(photo(url)));
        ObjectNode object = FakeCommunity.JSON.createObjectNode();
        object.set("message", message.deepCopy());
        object.putObject("client_info").put("keyboard", true).put("inline_keyboard", true);
        return sender.send("message_new", object).put("message_id", message.path("id").asLong());
    }

    /** A resident posts on the community's wall, or suggests a post ({@code post_type: suggest}). */
    public JsonNode post(String text, long fromId, boolean suggested) {
        ObjectNode post = community.post(fromId, text, suggested);
        return sender.send("wall_post_new", post.deepCopy()).put("post_id", post.path("id").asLong());
    }

    /** VK sends an event again: the same {@code event_id} and body. */
    public String redeliver(String eventId) {
        return sender.resend(eventId);
    }

    /** Any JSON to the callback, as a forger or a misconfigured server might send it. */
    public String deliverRaw(String json) {
        return sender.post(json);
    }

    private static ObjectNode photo(String url) {
        ObjectNode attachment = FakeCommunity.JSON.createObjectNode();
        attachment.put("type", "photo");
        ArrayNode sizes = attachment.putObject("photo").putArray("sizes");
        sizes.addObject().put("type", "s").put("url", url + "?size=s").put("width", 75).put("height", 56);
        sizes.addObject().put("type", "w").put("url", url).put("width", 2560).put("height", 1920);
        sizes.addObject().put("type", "x").put("url", url + "?size=x").put("width", 604).put("height", 453);
        return attachment;
    }

    private void method(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestURI().getPath().substring("/method/".length());
        Map<String, String> params = form(exchange);
        String token = params.remove("access_token");
        respond(exchange, 200, "application/json; charset=utf-8",
                FakeCommunity.JSON.writeValueAsString(api.call(method, token, params)));
    }

    private void control(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        try {
            if (exchange.getRequestMethod().equals("GET") && path.equals("/fake/threads")) {
                respond(exchange, 200, "application/json; charset=utf-8",
                        FakeCommunity.JSON.writeValueAsString(community.threads()));
                return;
            }
            JsonNode body = FakeCommunity.JSON.readTree(exchange.getRequestBody().readAllBytes());
            JsonNode result = exchange.getRequestMethod().equals("POST") ? controlled(path, body) : null;
            if (result == null) {
                respond(exchange, 404, "text/plain", "POST /fake/comment, /fake/message, /fake/post; GET /fake/threads");
            } else {
                respond(exchange, 200, "application/json; charset=utf-8", FakeCommunity.JSON.writeValueAsString(result));
            }
        } catch (RuntimeException e) {
            respond(exchange, 400, "text/plain", "bad request: " + e.getClass().getSimpleName());
        }
    }

    private JsonNode controlled(String path, JsonNode body) {
        String text = body.path("text").asString("");
        long fromId = body.path("from_id").asLong(1);
        return switch (path) {
            case "/fake/comment" -> comment(text, fromId, body.path("post_id").asLong(1),
                    body.path("reply_to_comment").isNumber() ? body.path("reply_to_comment").asLong() : null);
            case "/fake/message" -> message(text, fromId, strings(body.path("photos")));
            case "/fake/post" -> post(text, fromId, body.path("suggest").asBoolean(false));
            default -> null;
        };
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    private static Map<String, String> form(HttpExchange exchange) throws IOException {
        Map<String, String> params = new LinkedHashMap<>();
        String query = exchange.getRequestURI().getRawQuery();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        for (String source : new String[] {query, body}) {
            if (source == null || source.isEmpty()) {
                continue;
            }
            for (String pair : source.split("&")) {
                int eq = pair.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                params.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        api.close();
        handlers.shutdownNow();
    }
}
