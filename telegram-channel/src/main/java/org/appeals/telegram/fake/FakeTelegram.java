package org.appeals.telegram.fake;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fake's state and the Bot API methods' semantics, as https://core.telegram.org/bots/api documents them: chats
 * with their messages, files, the webhook, pending updates for getUpdates, and errors queued by the control API.
 * Every method answers {@code {"ok":true,"result":…}} or {@code {"ok":false,"error_code":…,"description":…}}.
 */
final class FakeTelegram {

    static final long BOT_ID = 7_000_000_001L;
    private final JsonMapper json;
    private final AtomicLong updateIds = new AtomicLong(100_000);
    private final AtomicLong callbackIds = new AtomicLong(1);
    private final AtomicLong fileIds = new AtomicLong(1);
    private final Map<Long, List<ObjectNode>> chats = new LinkedHashMap<>();
    private final Map<Long, AtomicLong> messageIds = new ConcurrentHashMap<>();
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Map<String, String> callbackAnswers = new LinkedHashMap<>();
    private final Deque<ObjectNode> pendingUpdates = new ArrayDeque<>();
    private final Map<String, Deque<ObjectNode>> queuedErrors = new ConcurrentHashMap<>();
    private final Set<Long> blocked = ConcurrentHashMap.newKeySet();
    private volatile String webhookUrl = "";
    private volatile String webhookSecret;

    FakeTelegram(JsonMapper json) {
        this.json = json;
    }

    /** Answers one Bot API method call. */
    synchronized ObjectNode call(String method, JsonNode parameters) {
        Deque<ObjectNode> errors = queuedErrors.get(method);
        if (errors != null && !errors.isEmpty()) {
            return errors.poll();
        }
        return switch (method) {
            case "getMe" -> ok(json.createObjectNode().put("id", BOT_ID).put("is_bot", true)
                    .put("first_name", "ЦУР 34").put("username", "cur34_appeals_bot"));
            case "sendMessage" -> sendMessage(parameters);
            case "answerCallbackQuery" -> answerCallbackQuery(parameters);
            case "getFile" -> getFile(parameters);
            case "setWebhook" -> setWebhook(parameters);
            case "deleteWebhook" -> {
                webhookUrl = "";
                yield ok(json.getNodeFactory().booleanNode(true)).put("description", "Webhook was deleted");
            }
            case "getWebhookInfo" -> ok(json.createObjectNode().put("url", webhookUrl)
                    .put("pending_update_count", pendingUpdates.size()));
            default -> error(404, "Not Found", null);
        };
    }

    /** getUpdates: confirms the updates before {@code offset} and returns those still pending, or null to wait. */
    synchronized ObjectNode getUpdates(JsonNode parameters) {
        if (!webhookUrl.isEmpty()) {
            return error(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to "
                    + "delete the webhook first", null);
        }
        long offset = parameters.path("offset").asLong(0);
        pendingUpdates.removeIf(update -> update.path("update_id").asLong() < offset);
        ArrayNode result = json.createArrayNode();
        pendingUpdates.stream().limit(100).forEach(result::add);
        return ok(result);
    }

    synchronized boolean hasPendingUpdates(long offset) {
        return pendingUpdates.stream().anyMatch(update -> update.path("update_id").asLong() >= offset);
    }

    /** A resident's message; see {@link FakeBotApi} for the control body. Returns the update. */
    synchronized ObjectNode residentMessage(JsonNode control) {
        long chatId = control.path("chat_id").asLong();
        ObjectNode message = newMessage(chatId, resident(control));
        String text = control.path("text").asString(null);
        if (control.has("location")) {
            message.putObject("location").put("latitude", control.path("location").path("latitude").asDouble())
                    .put("longitude", control.path("location").path("longitude").asDouble());
        } else if (control.hasNonNull("photo")) {
            message.set("photo", photoSizes(control.path("photo").asString("photo")));
            if (text != null) {
                message.put("caption", text);
            }
        } else if (text != null) {
            message.put("text", text);
        }
        if (control.hasNonNull("reply_to_message_id")) {
            ObjectNode original = find(chatId, control.path("reply_to_message_id").asLong());
            if (original != null) {
                message.set("reply_to_message", original.deepCopy());
            }
        }
        chats.computeIfAbsent(chatId, id -> new ArrayList<>()).add(message);
        return update("message", message);
    }

    /** A resident pressing an inline button under a bot's message. Returns the update, or null without such a message. */
    synchronized ObjectNode press(JsonNode control) {
        long chatId = control.path("chat_id").asLong();
        ObjectNode message = find(chatId, control.path("message_id").asLong());
        if (message == null) {
            return null;
        }
        String id = Long.toString(callbackIds.getAndIncrement());
        callbackAnswers.put(id, null);
        ObjectNode query = json.createObjectNode().put("id", id);
        query.set("from", resident(control));
        query.set("message", message.deepCopy());
        query.put("chat_instance", "ci-" + chatId).put("data", control.path("data").asString(""));
        return update("callback_query", query);
    }

    synchronized ObjectNode chatsView() {
        ObjectNode view = json.createObjectNode();
        ArrayNode list = view.putArray("chats");
        chats.forEach((chatId, messages) -> {
            ObjectNode chat = list.addObject().put("chat_id", chatId).put("blocked", blocked.contains(chatId));
            ArrayNode all = chat.putArray("messages");
            messages.forEach(all::add);
        });
        ObjectNode answers = view.putObject("callback_answers");
        callbackAnswers.forEach((id, text) -> answers.put(id, text));
        return view;
    }

    synchronized void queueError(String method, int code, String description, Integer retryAfter, int times) {
        Deque<ObjectNode> errors = queuedErrors.computeIfAbsent(method, m -> new ArrayDeque<>());
        for (int i = 0; i < times; i++) {
            errors.add(error(code, description, retryAfter));
        }
    }

    void block(long chatId) {
        blocked.add(chatId);
    }

    byte[] file(String filePath) {
        return files.get(filePath.substring(filePath.lastIndexOf('/') + 1));
    }

    String webhookUrl() {
        return webhookUrl;
    }

    String webhookSecret() {
        return webhookSecret;
    }

    synchronized void useWebhook(String url, String secret) {
        webhookUrl = url;
        webhookSecret = secret;
    }

    /** An update that could not be delivered to the webhook waits for getUpdates (Telegram keeps it up to 24 h). */
    synchronized void keepPending(ObjectNode update) {
        pendingUpdates.add(update);
    }

    private ObjectNode sendMessage(JsonNode parameters) {
        long chatId = parameters.path("chat_id").asLong();
        String text = parameters.path("text").asString("");
        if (!chats.containsKey(chatId)) {
            return error(400, "Bad Request: chat not found", null);
        }
        if (blocked.contains(chatId)) {
            return error(403, "Forbidden: bot was blocked by the user", null);
        }
        if (text.isBlank()) {
            return error(400, "Bad Request: message text is empty", null);
        }
        if (text.codePointCount(0, text.length()) > 4096) {
            return error(400, "Bad Request: message is too long", null);
        }
        JsonNode reply = parameters.path("reply_parameters");
        if (reply.has("message_id") && find(chatId, reply.path("message_id").asLong()) == null
                && !reply.path("allow_sending_without_reply").asBoolean(false)) {
            return error(400, "Bad Request: message to be replied not found", null);
        }
        for (JsonNode row : parameters.path("reply_markup").path("inline_keyboard")) {
            for (JsonNode button : row) {
                int bytes = button.path("callback_data").asString("").getBytes(StandardCharsets.UTF_8).length;
                if (bytes < 1 || bytes > 64) {
                    return error(400, "Bad Request: BUTTON_DATA_INVALID", null);
                }
            }
        }
        ObjectNode from = json.createObjectNode().put("id", BOT_ID).put("is_bot", true).put("first_name", "ЦУР 34");
        ObjectNode message = newMessage(chatId, from).put("text", text);
        if (reply.has("message_id")) {
            message.set("reply_parameters", reply.deepCopy());
            ObjectNode original = find(chatId, reply.path("message_id").asLong());
            if (original != null) {
                message.set("reply_to_message", original.deepCopy());
            }
        }
        if (parameters.has("reply_markup")) {
            message.set("reply_markup", parameters.path("reply_markup").deepCopy());
        }
        chats.get(chatId).add(message);
        return ok(message);
    }

    private ObjectNode answerCallbackQuery(JsonNode parameters) {
        String id = parameters.path("callback_query_id").asString("");
        if (!callbackAnswers.containsKey(id) || callbackAnswers.get(id) != null) {
            return error(400, "Bad Request: query is too old and response timeout expired or query ID is invalid", null);
        }
        callbackAnswers.put(id, parameters.path("text").asString(""));
        return ok(json.getNodeFactory().booleanNode(true));
    }

    private ObjectNode getFile(JsonNode parameters) {
        String fileId = parameters.path("file_id").asString("");
        byte[] bytes = files.get(fileId);
        if (bytes == null) {
            return error(400, "Bad Request: invalid file_id", null);
        }
        return ok(json.createObjectNode().put("file_id", fileId).put("file_unique_id", "u" + fileId)
                .put("file_size", bytes.length).put("file_path", "photos/" + fileId));
    }

    private ObjectNode setWebhook(JsonNode parameters) {
        String secret = parameters.path("secret_token").asString(null);
        if (secret != null && !secret.matches("[A-Za-z0-9_-]{1,256}")) {
            return error(400, "Bad Request: secret token contains unallowed characters", null);
        }
        useWebhook(parameters.path("url").asString(""), secret);
        return ok(json.getNodeFactory().booleanNode(true)).put("description", "Webhook was set");
    }

    private ArrayNode photoSizes(String name) {
        ArrayNode sizes = json.createArrayNode();
        for (int side : new int[] {90, 320, 1280}) {
            String fileId = "AgAC" + fileIds.getAndIncrement();
            byte[] bytes = ("fake photo " + name + " " + side + "px").getBytes(StandardCharsets.UTF_8);
            files.put(fileId, bytes);
            sizes.addObject().put("file_id", fileId).put("file_unique_id", "u" + fileId).put("width", side)
                    .put("height", side).put("file_size", bytes.length);
        }
        return sizes;
    }

    private ObjectNode resident(JsonNode control) {
        long userId = control.path("from_id").asLong(control.path("chat_id").asLong());
        return json.createObjectNode().put("id", userId).put("is_bot", false)
                .put("first_name", control.path("first_name").asString("Мария")).put("language_code", "ru");
    }

    private ObjectNode newMessage(long chatId, ObjectNode from) {
        ObjectNode message = json.createObjectNode().put("message_id",
                messageIds.computeIfAbsent(chatId, id -> new AtomicLong(1)).getAndIncrement());
        message.set("from", from);
        message.putObject("chat").put("id", chatId).put("type", "private");
        message.put("date", System.currentTimeMillis() / 1000);
        return message;
    }

    private ObjectNode find(long chatId, long messageId) {
        return chats.getOrDefault(chatId, List.of()).stream()
                .filter(message -> message.path("message_id").asLong() == messageId).findFirst().orElse(null);
    }

    private ObjectNode update(String type, ObjectNode content) {
        ObjectNode update = json.createObjectNode().put("update_id", updateIds.getAndIncrement());
        update.set(type, content);
        return update;
    }

    private ObjectNode ok(JsonNode result) {
        ObjectNode answer = json.createObjectNode().put("ok", true);
        answer.set("result", result);
        return answer;
    }

    private ObjectNode error(int code, String description, Integer retryAfter) {
        ObjectNode answer = json.createObjectNode().put("ok", false).put("error_code", code)
                .put("description", description);
        if (retryAfter != null) {
            answer.putObject("parameters").put("retry_after", retryAfter);
        }
        return answer;
    }
}
