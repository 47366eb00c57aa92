package org.appeals.telegram.reply;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.appeals.telegram.bot.TelegramBot;
import tools.jackson.databind.JsonNode;

/**
 * Reads the webhook's body (an OutboundReply with {@code parts}; README "Webhooks to channel adapters"): the chat and
 * message from {@code replyTo {chatId, messageId}}, the messages to post — {@code parts} in order, else
 * {@code text} — each cut at Telegram's 4096 characters should one still be longer (notification splits at 4096 for
 * TELEGRAM already, on paragraph, sentence or word boundaries; this only guards against a changed limit).
 */
final class ReplyMessages {

    private ReplyMessages() {
    }

    static PendingReply parse(JsonNode body) {
        JsonNode replyTo = body.path("replyTo");
        return new PendingReply(UUID.fromString(body.path("deliveryId").asString()),
                body.path("appealId").asString(null), number(replyTo.path("chatId")),
                number(replyTo.path("messageId")), "FINAL".equals(body.path("answerKind").asString(null))
                && body.path("notice").isMissingNode(), messages(body), 0, 0);
    }

    static List<String> messages(JsonNode body) {
        List<String> texts = new ArrayList<>();
        body.path("parts").forEach(part -> texts.add(part.asString("")));
        if (texts.stream().allMatch(String::isBlank)) {
            texts.clear();
            texts.add(body.path("text").asString(""));
        }
        List<String> messages = new ArrayList<>();
        texts.stream().filter(text -> !text.isBlank()).forEach(text -> messages.addAll(cut(text)));
        return messages;
    }

    /** Pieces of at most 4096 characters (code points, never inside a surrogate pair). */
    static List<String> cut(String text) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = start;
            int count = 0;
            while (end < text.length() && count < TelegramBot.MAX_TEXT) {
                end += Character.charCount(text.codePointAt(end));
                count++;
            }
            pieces.add(text.substring(start, end));
            start = end;
        }
        return pieces;
    }

    private static Long number(JsonNode value) {
        try {
            return value.isMissingNode() || value.isNull() ? null : Long.parseLong(value.asString().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
