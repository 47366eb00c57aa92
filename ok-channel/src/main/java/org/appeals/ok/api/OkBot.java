package org.appeals.ok.api;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * What the adapter asks of the group's bot:
 * <ul>
 * <li>{@code GET /graph/me/subscriptions}, {@code POST /graph/me/subscribe {url}}, {@code POST /graph/me/unsubscribe
 * {url}} (https://apiok.ru/dev/graph_api/methods/graph.user/graph.user.subscribe/post and its siblings);</li>
 * <li>{@code POST /graph/me/messages/<chat_id> {"recipient": {"chat_id"}, "message": {"text", "reply_to"}}}
 * (https://apiok.ru/dev/graph_api/methods/graph.user/graph.user.messages/post; {@code reply_to} as the message
 * format gives it, https://apiok.ru/dev/graph_api/methods/graph.message/graph.message.edit/post).</li>
 * </ul>
 * Every call goes through the circuit (opened by a rejected token) and, for sending, the back-off on OK's limits.
 */
public class OkBot {

    private final OkGraphApi api;
    private final CircuitBreaker circuit;
    private final Retry retry;
    private final OkApiMetrics metrics;

    OkBot(OkGraphApi api, CircuitBreaker circuit, Retry retry, OkApiMetrics metrics) {
        this.api = api;
        this.circuit = circuit;
        this.retry = retry;
        this.metrics = metrics;
    }

    /** The webhook URLs the group is subscribed with. */
    public List<String> subscriptions() {
        JsonNode answer = guarded(() -> api.get("/graph/me/subscriptions"));
        List<String> urls = new ArrayList<>();
        for (JsonNode subscription : answer.path("subscriptions")) {
            urls.add(subscription.path("url").asString(""));
        }
        return urls;
    }

    public void subscribe(String url) {
        expectSuccess(guarded(() -> api.post("/graph/me/subscribe", Map.of("url", url))), "subscribe");
    }

    public void unsubscribe(String url) {
        expectSuccess(guarded(() -> api.post("/graph/me/unsubscribe", Map.of("url", url))), "unsubscribe");
    }

    /**
     * Posts {@code text} into the chat as an answer to {@code replyToMid} (null: a plain message). OK's limits are
     * waited out with back-off; anything else fails at once with an {@link OkApiException}, as does an open circuit
     * ({@link io.github.resilience4j.circuitbreaker.CallNotPermittedException}).
     */
    public SentMessage send(String chatId, String text, String replyToMid) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("text", text);
        if (replyToMid != null) {
            message.put("reply_to", replyToMid);
        }
        Map<String, Object> body = Map.of("recipient", Map.of("chat_id", chatId), "message", message);
        JsonNode answer = Retry.decorateSupplier(retry,
                () -> guarded(() -> api.post("/graph/me/messages/" + chatId, body))).get();
        expectSuccess(answer, "send");
        String mid = answer.path("message_id").asString(null);
        return new SentMessage(mid == null || mid.isBlank() ? null : mid);
    }

    private JsonNode guarded(java.util.function.Supplier<JsonNode> call) {
        try {
            return circuit.executeSupplier(call);
        } catch (OkApiException e) {
            metrics.apiError(e.code());
            throw e;
        }
    }

    /** {@code {"success": false}} without an error code: OK did not do it (e.g. the user refuses group messages). */
    private static void expectSuccess(JsonNode answer, String what) {
        JsonNode success = answer.path("success");
        boolean refused = success.isBoolean() && !success.asBoolean()
                || success.isArray() && success.size() > 0 && !success.get(0).asBoolean();
        if (refused) {
            throw new OkApiException(10, what + " refused by OK (success=false)");
        }
    }
}
