package org.appeals.e2e;

import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One channel's adapter as the test plays it: it posts residents' appeals, replies and feedback with its own key, and
 * reads the replies the platform sent to its webhook.
 */
final class ChannelAdapter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final GatewayClient gateway;
    private final WebhookReceiver webhooks;
    private final String apiKey;

    ChannelAdapter(GatewayClient gateway, WebhookReceiver webhooks, String apiKey) {
        this.gateway = gateway;
        this.webhooks = webhooks;
        this.apiKey = apiKey;
    }

    /** Registers the sample appeal; {@code messageId} is the resident's comment the reply must go under. */
    GatewayClient.Response post(JsonNode sample, String messageId) {
        return gateway.post("/api/v1/appeals", apiKey, appealBody(sample, messageId));
    }

    /** The resident's answer to the department's question, relayed as a message in reply to the appeal. */
    GatewayClient.Response reply(JsonNode sample, String appealId, String messageId, String text) {
        ObjectNode body = (ObjectNode) JSON.readTree(appealBody(sample, messageId));
        body.put("externalId", sample.get("externalId").asText() + "/reply-" + messageId);
        body.put("text", text);
        body.put("inReplyTo", appealId);
        return gateway.post("/api/v1/appeals", apiKey, body.toString());
    }

    /** The resident's rating of the final answer, on the appeal itself. */
    GatewayClient.Response feedback(String appealId, int rating, boolean solved, String text) {
        ObjectNode body = JSON.createObjectNode().put("rating", rating).put("solved", solved).put("text", text);
        return gateway.post("/api/v1/appeals/" + appealId + "/feedback", apiKey, body.toString());
    }

    /** The adapter's report on a reply it took from the webhook: DELIVERED (posted) or FAILED. */
    GatewayClient.Response receipt(String deliveryId, String status) {
        return gateway.post("/api/v1/deliveries/" + deliveryId + "/receipt", apiKey,
                JSON.createObjectNode().put("status", status).toString());
    }

    /** Every reply about the appeal that reached the webhook, as sent, in arrival order. */
    List<JsonNode> repliesFor(String appealId) {
        return webhookBodiesFor(appealId).stream().filter(reply -> reply.path("notice").isMissingNode()
                || reply.path("notice").isNull()).toList();
    }

    /** The status notices (REGISTERED, ASSIGNED) the resident was sent about the appeal, in arrival order. */
    List<JsonNode> noticesFor(String appealId) {
        return webhookBodiesFor(appealId).stream().filter(reply -> reply.path("notice").isString()).toList();
    }

    private List<JsonNode> webhookBodiesFor(String appealId) {
        return webhooks.received().stream()
                .map(webhook -> JSON.readTree(new String(webhook.body(), StandardCharsets.UTF_8)))
                .filter(reply -> appealId.equals(reply.path("appealId").asText()))
                .toList();
    }

    /** The replies of one kind (FINAL, INTERIM, CLARIFICATION) about the appeal. */
    List<JsonNode> repliesFor(String appealId, String answerKind) {
        return repliesFor(appealId).stream()
                .filter(reply -> answerKind.equals(reply.path("answerKind").asText()))
                .toList();
    }

    static String appealBody(JsonNode sample, String messageId) {
        ObjectNode body = JSON.createObjectNode();
        body.put("channel", sample.get("channel").asText());
        body.put("externalId", sample.get("externalId").asText());
        body.put("text", sample.get("text").asText());
        body.putObject("author").put("id", "resident-" + messageId).put("name", "Анна Иванова");
        body.putObject("replyTo").put("postId", "1001").put("commentId", messageId);
        return body.toString();
    }
}
