package org.appeals.ok.inbound;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A new message in a chat of the group, as OK's webhook posts it (https://apiok.ru/dev/graph_api/methods/graph.user/
 * graph.user.subscribe/post): {@code sender.user_id} (and {@code name} where OK sends it), {@code recipient.chat_id},
 * {@code message.mid}, {@code message.text}, {@code message.reply_to} (the mid it answers), {@code
 * message.attachments[{type, payload.url}]}, {@code timestamp} (epoch milliseconds).
 */
record OkUpdate(String mid, String chatId, String userId, String name, String text, String replyTo,
                List<String> imageUrls, long timestamp) {

    /** The message of an update; empty for other events (chat changes, members, system messages). */
    static Optional<OkUpdate> of(JsonNode update) {
        JsonNode message = update.path("message");
        String type = update.path("webhookType").asString("MESSAGE_CREATED");
        String mid = message.path("mid").asString(null);
        String chatId = update.path("recipient").path("chat_id").asString(null);
        String userId = update.path("sender").path("user_id").asString(null);
        if (!type.equals("MESSAGE_CREATED") || mid == null || chatId == null || userId == null) {
            return Optional.empty();
        }
        return Optional.of(new OkUpdate(mid, chatId, userId, update.path("sender").path("name").asString(null),
                message.path("text").asString(""), message.path("reply_to").asString(null), images(message),
                update.path("timestamp").asLong(0)));
    }

    /** The photos' URLs ({@code IMAGE} attachments); videos, audio and shares are not forwarded. */
    private static List<String> images(JsonNode message) {
        List<String> urls = new ArrayList<>();
        for (JsonNode attachment : message.path("attachments")) {
            String url = attachment.path("payload").path("url").asString("");
            if (attachment.path("type").asString("").equals("IMAGE") && !url.isBlank()) {
                urls.add(url);
            }
        }
        return urls;
    }

    /** Leaves out the author and the text. */
    @Override
    public String toString() {
        return "OkUpdate[mid=" + mid + ", images=" + imageUrls.size() + "]";
    }
}
