package org.appeals.vk.fake;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The two methods the adapter calls, answered as VK answers them (always HTTP 200): {@code messages.send}
 * (https://dev.vk.com/ru/method/messages.send → {@code {"response": <message id>}}) and {@code wall.createComment}
 * (https://dev.vk.com/ru/method/wall.createComment → {@code {"response": {"comment_id", "parents_stack"}}}), or
 * {@code {"error": {"error_code", "error_msg", "request_params"}}} (https://dev.vk.com/ru/reference/errors). A
 * {@code random_id} (per peer) or {@code guid} seen before posts nothing and answers the first id.
 */
final class FakeApi {

    private final FakeCommunity community;
    private final FakeCallbackSender sender;
    private final String token;
    private volatile boolean tokenRevoked;
    private final Map<String, Long> keys = new ConcurrentHashMap<>();
    private final Map<String, Deque<Integer>> failures = new ConcurrentHashMap<>();
    private final Set<Long> noPermission = ConcurrentHashMap.newKeySet();
    private final Set<Long> privacy = ConcurrentHashMap.newKeySet();
    private final List<FakeVk.Call> calls = new CopyOnWriteArrayList<>();
    private final ExecutorService echoes = Executors.newSingleThreadExecutor();

    FakeApi(FakeCommunity community, FakeCallbackSender sender, String token) {
        this.community = community;
        this.sender = sender;
        this.token = token;
    }

    void failNext(String method, int code, int times) {
        Deque<Integer> queue = failures.computeIfAbsent(method, m -> new ArrayDeque<>());
        synchronized (queue) {
            for (int i = 0; i < times; i++) {
                queue.add(code);
            }
        }
    }

    void withoutMessagePermission(long userId) {
        noPermission.add(userId);
    }

    void privacyBars(long userId) {
        privacy.add(userId);
    }

    void revokeToken(boolean revoked) {
        tokenRevoked = revoked;
    }

    List<FakeVk.Call> calls() {
        return List.copyOf(calls);
    }

    /** The answer to one call; {@code params} without the token, which is {@code sentToken}. */
    ObjectNode call(String method, String sentToken, Map<String, String> params) {
        calls.add(new FakeVk.Call(method, Map.copyOf(params)));
        try {
            return answer(method, sentToken, params);
        } catch (VkError e) {
            return error(e.code, method, params);
        }
    }

    private ObjectNode answer(String method, String sentToken, Map<String, String> params) {
        if (sentToken == null || !sentToken.equals(token) || tokenRevoked) {
            throw new VkError(5);
        }
        Integer queued = queuedFailure(method);
        if (queued != null) {
            throw new VkError(queued);
        }
        return switch (method) {
            case "messages.send" -> messagesSend(params);
            case "wall.createComment" -> createComment(params);
            default -> throw new VkError(3);
        };
    }

    private Integer queuedFailure(String method) {
        Deque<Integer> queue = failures.get(method);
        if (queue == null) {
            return null;
        }
        synchronized (queue) {
            return queue.poll();
        }
    }

    private ObjectNode messagesSend(Map<String, String> params) {
        long peerId = Long.parseLong(params.getOrDefault("peer_id", "0"));
        String message = params.get("message");
        if (peerId == 0 || message == null || message.isBlank() || !params.containsKey("random_id")) {
            throw new VkError(100);
        }
        if (noPermission.contains(peerId)) {
            throw new VkError(901);
        }
        if (privacy.contains(peerId)) {
            throw new VkError(902);
        }
        long id = keys.computeIfAbsent("msg:" + peerId + ":" + params.get("random_id"), key -> {
            ObjectNode sent = community.message(peerId, -community.groupId(), message);
            sent.put("random_id", Long.parseLong(params.get("random_id")));
            if (params.containsKey("reply_to")) {
                sent.put("reply_to", Long.parseLong(params.get("reply_to")));
            }
            return sent.path("id").asLong();
        });
        ObjectNode answer = FakeCommunity.JSON.createObjectNode();
        answer.put("response", id);
        return answer;
    }

    private ObjectNode createComment(Map<String, String> params) {
        long ownerId = Long.parseLong(params.getOrDefault("owner_id", "0"));
        long postId = Long.parseLong(params.getOrDefault("post_id", "0"));
        String message = params.get("message");
        if (ownerId != -community.groupId() || !community.hasPost(postId) || message == null || message.isBlank()) {
            throw new VkError(100);
        }
        String guid = params.get("guid");
        String key = "comment:" + ownerId + ":" + (guid == null ? UUID.randomUUID() : guid);
        Long replyTo = params.containsKey("reply_to_comment") ? Long.valueOf(params.get("reply_to_comment")) : null;
        ObjectNode[] created = {null};
        long id = keys.computeIfAbsent(key, k -> {
            long fromId = params.containsKey("from_group") ? -community.groupId() : 1;
            created[0] = community.comment(postId, fromId, message, replyTo);
            return created[0].path("id").asLong();
        });
        if (created[0] != null) {
            // VK tells the callback about the community's own comment as well
            ObjectNode echoed = created[0].deepCopy();
            echoes.execute(() -> sender.send("wall_reply_new", echoed));
        }
        ObjectNode answer = FakeCommunity.JSON.createObjectNode();
        answer.putObject("response").put("comment_id", id).putArray("parents_stack");
        return answer;
    }

    private static ObjectNode error(int code, String method, Map<String, String> params) {
        ObjectNode answer = FakeCommunity.JSON.createObjectNode();
        ObjectNode error = answer.putObject("error");
        error.put("error_code", code).put("error_msg", messageOf(code));
        ArrayNode echoed = error.putArray("request_params");
        echoed.addObject().put("key", "method").put("value", method);
        echoed.addObject().put("key", "oauth").put("value", "1");
        params.forEach((key, value) -> {
            if (!key.equals("message")) {
                echoed.addObject().put("key", key).put("value", value);
            }
        });
        return answer;
    }

    private static String messageOf(int code) {
        return switch (code) {
            case 3 -> "Unknown method passed";
            case 5 -> "User authorization failed: invalid access_token (4).";
            case 6 -> "Too many requests per second";
            case 9 -> "Flood control";
            case 10 -> "Internal server error";
            case 901 -> "Can't send messages for users without permission";
            case 902 -> "Can't send messages to this user due to their privacy settings";
            default -> "One of the parameters specified was missing or invalid";
        };
    }

    void close() {
        echoes.shutdownNow();
    }

    /** An error VK would answer. */
    private static final class VkError extends RuntimeException {

        private final int code;

        VkError(int code) {
            super(null, null, false, false);
            this.code = code;
        }
    }
}
