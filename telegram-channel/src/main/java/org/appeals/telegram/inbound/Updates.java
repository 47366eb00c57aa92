package org.appeals.telegram.inbound;

import java.time.Instant;
import java.util.Optional;
import org.appeals.telegram.feedback.CallbackPress;
import tools.jackson.databind.JsonNode;

/**
 * Reads an Update (https://core.telegram.org/bots/api#update): a {@code message} or a {@code callback_query}; other
 * kinds (edited messages, channel posts…) are not asked for (allowed_updates) and are skipped if they come anyway.
 */
final class Updates {

    private Updates() {
    }

    static Optional<IncomingMessage> message(JsonNode update) {
        JsonNode message = update.path("message");
        if (!message.isObject() || message.path("from").path("is_bot").asBoolean(false)) {
            return Optional.empty();
        }
        JsonNode from = message.path("from");
        JsonNode location = message.path("location");
        JsonNode replyTo = message.path("reply_to_message");
        String text = message.has("text") ? message.path("text").asString(null) : message.path("caption").asString(null);
        return Optional.of(new IncomingMessage(message.path("chat").path("id").asLong(),
                message.path("message_id").asLong(), from.path("id").asLong(), name(from), text,
                largestPhoto(message.path("photo")),
                location.isObject() ? location.path("latitude").asDouble() : null,
                location.isObject() ? location.path("longitude").asDouble() : null,
                replyTo.isObject() ? replyTo.path("message_id").asLong() : null,
                Instant.ofEpochSecond(message.path("date").asLong())));
    }

    static Optional<CallbackPress> press(JsonNode update) {
        JsonNode query = update.path("callback_query");
        if (!query.isObject()) {
            return Optional.empty();
        }
        JsonNode message = query.path("message");
        return Optional.of(new CallbackPress(query.path("id").asString(""), query.path("from").path("id").asLong(),
                message.path("chat").path("id").asLong(), message.path("message_id").asLong(),
                query.path("data").asString(null)));
    }

    /** The PhotoSize with the most pixels: Telegram sends several sizes of one photo. */
    static String largestPhoto(JsonNode sizes) {
        String best = null;
        long bestPixels = -1;
        for (JsonNode size : sizes) {
            long pixels = size.path("width").asLong() * size.path("height").asLong();
            if (pixels > bestPixels) {
                bestPixels = pixels;
                best = size.path("file_id").asString(null);
            }
        }
        return best;
    }

    private static String name(JsonNode from) {
        String first = from.path("first_name").asString("");
        String last = from.path("last_name").asString("");
        String name = (first + " " + last).strip();
        return name.isEmpty() ? null : name;
    }
}
