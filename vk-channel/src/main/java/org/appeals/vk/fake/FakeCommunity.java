package org.appeals.vk.fake;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The fake community's wall and conversations, as VK's objects (post comments, messages). */
final class FakeCommunity {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final long groupId;
    private final AtomicLong ids = new AtomicLong(1000);
    private final Map<Long, List<ObjectNode>> posts = new ConcurrentHashMap<>();
    private final Map<Long, List<ObjectNode>> conversations = new ConcurrentHashMap<>();

    FakeCommunity(long groupId) {
        this.groupId = groupId;
    }

    long groupId() {
        return groupId;
    }

    long nextId() {
        return ids.incrementAndGet();
    }

    boolean hasPost(long postId) {
        return posts.containsKey(postId);
    }

    /** A comment (a resident's or the community's) under a post, with VK's {@code parents_stack}. */
    ObjectNode comment(long postId, long fromId, String text, Long replyToComment) {
        ObjectNode comment = JSON.createObjectNode();
        comment.put("id", nextId()).put("from_id", fromId).put("post_id", postId).put("owner_id", -groupId)
                .put("date", Instant.now().getEpochSecond()).put("text", text);
        ArrayNode parents = comment.putArray("parents_stack");
        if (replyToComment != null) {
            comment.put("reply_to_comment", replyToComment);
            parents.add(topOf(postId, replyToComment));
        }
        comment.putArray("attachments");
        posts.computeIfAbsent(postId, p -> new CopyOnWriteArrayList<>()).add(comment);
        return comment;
    }

    /** A message in the conversation with {@code peerId}; its number in the conversation follows the last. */
    ObjectNode message(long peerId, long fromId, String text) {
        List<ObjectNode> conversation = conversations.computeIfAbsent(peerId, p -> new CopyOnWriteArrayList<>());
        ObjectNode message = JSON.createObjectNode();
        message.put("id", nextId()).put("date", Instant.now().getEpochSecond()).put("peer_id", peerId)
                .put("from_id", fromId).put("text", text).put("conversation_message_id", conversation.size() + 1)
                .put("out", fromId == -groupId ? 1 : 0);
        message.putArray("attachments");
        conversation.add(message);
        return message;
    }

    ObjectNode post(long fromId, String text, boolean suggested) {
        ObjectNode post = JSON.createObjectNode();
        long id = nextId();
        post.put("id", id).put("owner_id", -groupId).put("from_id", fromId).put("date", Instant.now().getEpochSecond())
                .put("post_type", suggested ? "suggest" : "post").put("text", text);
        post.putArray("attachments");
        posts.computeIfAbsent(id, p -> new CopyOnWriteArrayList<>());
        return post;
    }

    List<JsonNode> comments(long postId) {
        return List.copyOf(posts.getOrDefault(postId, List.of()));
    }

    List<JsonNode> messages(long peerId) {
        return List.copyOf(conversations.getOrDefault(peerId, List.of()));
    }

    /** Every post's comments and every conversation's messages. */
    ObjectNode threads() {
        ObjectNode all = JSON.createObjectNode();
        ArrayNode postList = all.putArray("posts");
        posts.forEach((postId, comments) -> {
            ObjectNode post = postList.addObject();
            post.put("postId", postId).put("ownerId", -groupId);
            ArrayNode list = post.putArray("comments");
            comments.forEach(list::add);
        });
        ArrayNode conversationList = all.putArray("conversations");
        conversations.forEach((peerId, messages) -> {
            ObjectNode conversation = conversationList.addObject();
            conversation.put("peerId", peerId);
            ArrayNode list = conversation.putArray("messages");
            messages.forEach(list::add);
        });
        return all;
    }

    private long topOf(long postId, long commentId) {
        for (JsonNode comment : posts.getOrDefault(postId, List.of())) {
            if (comment.path("id").asLong() == commentId) {
                JsonNode parents = comment.path("parents_stack");
                return parents.isEmpty() ? commentId : parents.get(0).asLong();
            }
        }
        return commentId;
    }
}
