package org.appeals.telegram.bot;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The Bot API methods this adapter uses (https://core.telegram.org/bots/api#available-methods). */
public class TelegramBot {

    /** The longest text of one message (https://core.telegram.org/bots/api#sendmessage). */
    public static final int MAX_TEXT = 4096;
    /** The update types the bot asks for (https://core.telegram.org/bots/api#getupdates, allowed_updates). */
    public static final List<String> ALLOWED_UPDATES = List.of("message", "callback_query");

    private final BotApi api;
    private final BotResilience resilience;
    private final JsonMapper json;
    private final BotEndpoint endpoint;

    TelegramBot(BotApi api, BotResilience resilience, JsonMapper json, BotEndpoint endpoint) {
        this.api = api;
        this.resilience = resilience;
        this.json = json;
        this.endpoint = endpoint;
    }

    public BotEndpoint endpoint() {
        return endpoint;
    }

    /**
     * sendMessage as a reply to {@code replyToMessageId} (if any) with {@code reply_parameters} and
     * {@code allow_sending_without_reply}, so a deleted original does not lose the answer; returns the new
     * message's {@code message_id} (https://core.telegram.org/bots/api#sendmessage,
     * https://core.telegram.org/bots/api#replyparameters).
     */
    public long sendMessage(long chatId, String text, Long replyToMessageId, Keyboard keyboard) {
        ObjectNode parameters = json.createObjectNode().put("chat_id", chatId).put("text", text);
        if (replyToMessageId != null) {
            parameters.putObject("reply_parameters").put("message_id", replyToMessageId)
                    .put("allow_sending_without_reply", true);
        }
        if (keyboard != null) {
            parameters.set("reply_markup", markup(keyboard));
        }
        return call("sendMessage", parameters, Duration.ZERO).path("message_id").asLong();
    }

    /** Stops the button's spinner, optionally with a short notice (https://core.telegram.org/bots/api#answercallbackquery). */
    public void answerCallbackQuery(String callbackQueryId, String text) {
        ObjectNode parameters = json.createObjectNode().put("callback_query_id", callbackQueryId);
        if (text != null) {
            parameters.put("text", text);
        }
        call("answerCallbackQuery", parameters, Duration.ZERO);
    }

    /** Long polling (https://core.telegram.org/bots/api#getupdates): the updates from {@code offset} on. */
    public List<JsonNode> getUpdates(long offset, Duration timeout) {
        ObjectNode parameters = json.createObjectNode().put("offset", offset).put("timeout", timeout.toSeconds());
        parameters.set("allowed_updates", json.valueToTree(ALLOWED_UPDATES));
        List<JsonNode> updates = new ArrayList<>();
        call("getUpdates", parameters, timeout).forEach(updates::add);
        return updates;
    }

    /** https://core.telegram.org/bots/api#setwebhook with {@code secret_token} and {@code allowed_updates}. */
    public void setWebhook(String url, String secretToken) {
        ObjectNode parameters = json.createObjectNode().put("url", url).put("secret_token", secretToken);
        parameters.set("allowed_updates", json.valueToTree(ALLOWED_UPDATES));
        call("setWebhook", parameters, Duration.ZERO);
    }

    /** https://core.telegram.org/bots/api#deletewebhook: getUpdates answers 409 while a webhook is set. */
    public void deleteWebhook() {
        call("deleteWebhook", json.createObjectNode(), Duration.ZERO);
    }

    /** getFile, then the file's bytes; the download link holds the token and lives an hour, so it is never stored. */
    public byte[] downloadFile(String fileId) {
        JsonNode file = call("getFile", json.createObjectNode().put("file_id", fileId), Duration.ZERO);
        String path = file.path("file_path").asString("");
        if (path.isEmpty()) {
            throw new BotApiException(400, "Bad Request: file has no file_path", null);
        }
        return guarded(() -> resilience.call(() -> api.download(path)));
    }

    private JsonNode call(String method, ObjectNode parameters, Duration wait) {
        return guarded(() -> resilience.call(() -> api.call(method, parameters, wait)));
    }

    private static <T> T guarded(Supplier<T> call) {
        try {
            return call.get();
        } catch (CallNotPermittedException e) {
            throw new BotApiException(0, "Bot API circuit open", null);
        }
    }

    private ObjectNode markup(Keyboard keyboard) {
        ObjectNode markup = json.createObjectNode();
        ArrayNode rows = markup.putArray("inline_keyboard");
        keyboard.rows().forEach(row -> {
            ArrayNode buttons = rows.addArray();
            row.forEach(button -> buttons.addObject().put("text", button.text())
                    .put("callback_data", button.callbackData()));
        });
        return markup;
    }
}
