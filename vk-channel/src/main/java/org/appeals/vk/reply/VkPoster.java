package org.appeals.vk.reply;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.appeals.vk.settings.VkSettings;
import org.appeals.vk.thread.ThreadKeys;
import org.appeals.vk.vkapi.VkCalls;
import org.springframework.stereotype.Component;

/**
 * Posts one part of a reply where the resident wrote: a comment answers with {@code wall.createComment}
 * ({@code reply_to_comment}, {@code from_group}, {@code guid}; https://dev.vk.com/ru/method/wall.createComment), a
 * published post with a comment under it, a message — and a suggested post, which cannot be commented on — with
 * {@code messages.send} ({@code peer_id}, {@code random_id}, the first part {@code reply_to} the resident's message;
 * https://dev.vk.com/ru/method/messages.send).
 */
@Component
class VkPoster {

    static final long CHAT_PEER_OFFSET = 2_000_000_000L;

    private final VkCalls vk;
    private final VkSettings settings;

    VkPoster(VkCalls vk, VkSettings settings) {
        this.vk = vk;
        this.settings = settings;
    }

    void post(UUID deliveryId, Map<String, String> replyTo, int part, String text) {
        boolean suggested = "suggest".equals(replyTo.get(ThreadKeys.POST_TYPE));
        if (replyTo.containsKey(ThreadKeys.POST_ID) && !suggested) {
            comment(deliveryId, replyTo, part, text);
        } else {
            message(deliveryId, replyTo, part, text, suggested);
        }
    }

    /** The thread the answer landed in: for a suggested post, the conversation with its author. */
    static String threadOf(Map<String, String> replyTo) {
        if ("suggest".equals(replyTo.get(ThreadKeys.POST_TYPE))) {
            return ThreadKeys.conversation(Long.parseLong(replyTo.get(ThreadKeys.FROM_ID)));
        }
        return ThreadKeys.of(replyTo);
    }

    private void comment(UUID deliveryId, Map<String, String> replyTo, int part, String text) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("owner_id", replyTo.get(ThreadKeys.OWNER_ID));
        params.put("post_id", replyTo.get(ThreadKeys.POST_ID));
        params.put("from_group", Long.toString(settings.groupId()));
        params.put("message", text);
        if (replyTo.containsKey(ThreadKeys.COMMENT_ID)) {
            params.put("reply_to_comment", replyTo.get(ThreadKeys.COMMENT_ID));
        }
        params.put("guid", RandomIds.guid(deliveryId, part));
        vk.call("wall.createComment", params);
    }

    private void message(UUID deliveryId, Map<String, String> replyTo, int part, String text, boolean suggested) {
        String peerId = suggested ? replyTo.get(ThreadKeys.FROM_ID) : replyTo.get(ThreadKeys.PEER_ID);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("peer_id", peerId);
        params.put("random_id", Integer.toString(RandomIds.randomId(deliveryId, part)));
        params.put("message", text);
        if (part == 0 && !suggested) {
            replyToOriginal(params, replyTo, Long.parseLong(peerId));
        }
        vk.call("messages.send", params);
    }

    /** In a chat a community knows messages only by their number in the conversation: {@code forward} with is_reply. */
    private static void replyToOriginal(Map<String, String> params, Map<String, String> replyTo, long peerId) {
        long messageId = Long.parseLong(replyTo.getOrDefault(ThreadKeys.MESSAGE_ID, "0"));
        long conversationMessageId = Long.parseLong(replyTo.getOrDefault(ThreadKeys.CONVERSATION_MESSAGE_ID, "0"));
        if (peerId < CHAT_PEER_OFFSET && messageId > 0) {
            params.put("reply_to", Long.toString(messageId));
        } else if (conversationMessageId > 0) {
            params.put("forward", "{\"peer_id\":" + peerId + ",\"conversation_message_ids\":["
                    + conversationMessageId + "],\"is_reply\":true}");
        }
    }
}
