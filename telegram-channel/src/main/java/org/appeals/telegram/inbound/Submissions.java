package org.appeals.telegram.inbound;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bodies of {@code POST /api/v1/appeals} for this channel: externalId {@code <chat id>:<message id>} (one per
 * Telegram message, so a re-sent update registers once), author {@code tg-<user id>} with the name Telegram shows,
 * replyTo {@code {chatId, messageId}} (where the answers go, as a reply to that message), the photo's link on this
 * adapter, and the shared location's coordinates.
 */
final class Submissions {

    static final String CHANNEL = "TELEGRAM";

    private Submissions() {
    }

    static ObjectNode appeal(Draft draft, String publicUrl, JsonMapper json) {
        ObjectNode body = common(draft.chatId(), draft.messageId(), draft.fromId(), draft.fromName(), json)
                .put("text", draft.text()).put("receivedAt", draft.receivedAt().toString());
        body.putObject("replyTo").put("chatId", Long.toString(draft.chatId()))
                .put("messageId", Long.toString(draft.messageId()));
        if (draft.photoFileId() != null) {
            body.putArray("attachments").add(stripSlash(publicUrl) + "/files/" + draft.photoFileId());
        }
        if (draft.hasLocation()) {
            body.putObject("location").put("lat", draft.latitude()).put("lon", draft.longitude());
        }
        return body;
    }

    static ObjectNode reply(IncomingMessage message, String appealId, JsonMapper json) {
        return common(message.chatId(), message.messageId(), message.fromId(), message.fromName(), json)
                .put("text", message.text()).put("inReplyTo", appealId);
    }

    private static ObjectNode common(long chatId, long messageId, long fromId, String fromName, JsonMapper json) {
        ObjectNode body = json.createObjectNode().put("channel", CHANNEL).put("externalId", chatId + ":" + messageId);
        ObjectNode author = body.putObject("author").put("id", "tg-" + fromId);
        if (fromName != null) {
            author.put("name", fromName.length() > 200 ? fromName.substring(0, 200) : fromName);
        }
        return body;
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
