package org.appeals.ok.outbound;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * What the adapter needs of the webhook's {@code OutboundReply} (plus {@code parts} and {@code notice}): the chat and
 * the resident's message to answer ({@code replyTo.chatId}, {@code replyTo.messageId}), the messages to post in
 * order, and whether the reply asks the resident a question ({@code answerKind} CLARIFICATION).
 */
record IncomingReply(String deliveryId, String appealId, String chatId, String messageId, List<String> parts,
                     boolean question) {

    static IncomingReply of(String deliveryId, JsonNode body) {
        JsonNode replyTo = body.path("replyTo");
        List<String> parts = new ArrayList<>();
        for (JsonNode part : body.path("parts")) {
            if (part.isString() && !part.asString().isBlank()) {
                parts.add(part.asString());
            }
        }
        if (parts.isEmpty() && !body.path("text").asString("").isBlank()) {
            parts.add(body.path("text").asString());
        }
        return new IncomingReply(deliveryId, body.path("appealId").asString(null),
                replyTo.path("chatId").asString(null), replyTo.path("messageId").asString(null), List.copyOf(parts),
                "CLARIFICATION".equals(body.path("answerKind").asString(null)));
    }

    /** Leaves out the chat and the text. */
    @Override
    public String toString() {
        return "IncomingReply[deliveryId=" + deliveryId + ", appealId=" + appealId + ", parts=" + parts.size() + "]";
    }
}
