package org.appeals.vk.callback;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.appeals.contracts.Location;
import org.appeals.vk.settings.VkSettings;
import org.appeals.vk.thread.ThreadKeys;
import tools.jackson.databind.JsonNode;

/**
 * Reads the three Callback API events that carry residents' words (https://dev.vk.com/ru/api/community-events/json-schema):
 * {@code message_new} (a community message, API 5.103+: {@code object.message}), {@code wall_reply_new} (a comment
 * under the community's post; the community's own comments — our replies — are skipped) and {@code wall_post_new}
 * with one of the configured hashtags, suggested posts ({@code post_type: suggest}) included. Anything else: empty.
 */
final class EventMapper {

    static final int MAX_TEXT = 10_000;
    static final String PHOTO_ONLY_TEXT = "[фото без подписи]";

    private final VkSettings settings;

    EventMapper(VkSettings settings) {
        this.settings = settings;
    }

    Optional<Inbound> map(JsonNode event) {
        JsonNode object = event.path("object");
        return switch (event.path("type").asString("")) {
            case "message_new" -> message(object.path("message"));
            case "wall_reply_new" -> comment(object);
            case "wall_post_new" -> post(object);
            default -> Optional.empty();
        };
    }

    private Optional<Inbound> message(JsonNode message) {
        long peerId = message.path("peer_id").asLong();
        long fromId = message.path("from_id").asLong();
        if (peerId == 0 || fromId == 0 || fromId == settings.communityId()) {
            return Optional.empty();
        }
        long conversationMessageId = message.path("conversation_message_id").asLong();
        Map<String, String> replyTo = new LinkedHashMap<>();
        replyTo.put(ThreadKeys.PEER_ID, Long.toString(peerId));
        replyTo.put(ThreadKeys.MESSAGE_ID, Long.toString(message.path("id").asLong()));
        replyTo.put(ThreadKeys.CONVERSATION_MESSAGE_ID, Long.toString(conversationMessageId));
        String thread = ThreadKeys.conversation(peerId);
        return inbound("message", "msg" + peerId + "_" + conversationMessageId, message, fromId, replyTo,
                thread, List.of(thread));
    }

    private Optional<Inbound> comment(JsonNode comment) {
        long ownerId = comment.path("owner_id").asLong(comment.path("post_owner_id").asLong());
        long fromId = comment.path("from_id").asLong();
        if (ownerId != settings.communityId() || fromId == 0 || fromId == settings.communityId()) {
            return Optional.empty();
        }
        long postId = comment.path("post_id").asLong();
        long id = comment.path("id").asLong();
        JsonNode parents = comment.path("parents_stack");
        long top = parents.isArray() && !parents.isEmpty() ? parents.get(0).asLong() : id;
        Map<String, String> replyTo = new LinkedHashMap<>();
        replyTo.put(ThreadKeys.OWNER_ID, Long.toString(ownerId));
        replyTo.put(ThreadKeys.POST_ID, Long.toString(postId));
        replyTo.put(ThreadKeys.COMMENT_ID, Long.toString(id));
        replyTo.put(ThreadKeys.THREAD_COMMENT_ID, Long.toString(top));
        String thread = ThreadKeys.commentThread(ownerId, postId, top);
        return inbound("comment", "wall" + ownerId + "_" + postId + "_c" + id, comment, fromId, replyTo, thread,
                List.of(thread, ThreadKeys.post(ownerId, postId)));
    }

    private Optional<Inbound> post(JsonNode post) {
        long ownerId = post.path("owner_id").asLong();
        long fromId = post.path("from_id").asLong();
        String postType = post.path("post_type").asString("post");
        if (ownerId != settings.communityId() || fromId == settings.communityId() || fromId == 0
                || !settings.tagged(post.path("text").asString(""))) {
            return Optional.empty();
        }
        long id = post.path("id").asLong();
        Map<String, String> replyTo = new LinkedHashMap<>();
        replyTo.put(ThreadKeys.OWNER_ID, Long.toString(ownerId));
        replyTo.put(ThreadKeys.POST_ID, Long.toString(id));
        replyTo.put(ThreadKeys.POST_TYPE, postType);
        replyTo.put(ThreadKeys.FROM_ID, Long.toString(fromId));
        // a suggested post keeps its id when the community publishes it: one appeal either way
        return inbound("post", "wall" + ownerId + "_" + id, post, fromId, replyTo,
                ThreadKeys.post(ownerId, id), List.of());
    }

    private Optional<Inbound> inbound(String kind, String externalId, JsonNode node, long fromId,
                                      Map<String, String> replyTo, String thread, List<String> answeredIn) {
        List<String> photos = PhotoUrls.of(node.path("attachments"));
        String text = node.path("text").asString("").strip();
        if (text.isEmpty() && photos.isEmpty()) {
            return Optional.empty();
        }
        text = text.isEmpty() ? PHOTO_ONLY_TEXT : shortened(text);
        Instant at = node.path("date").asLong(0) > 0 ? Instant.ofEpochSecond(node.path("date").asLong()) : null;
        return Optional.of(new Inbound(kind, externalId, text, "vk-" + fromId, Map.copyOf(replyTo), photos,
                location(node.path("geo")), at, thread, answeredIn));
    }

    /** Never inside a surrogate pair. */
    private static String shortened(String text) {
        if (text.length() <= MAX_TEXT) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_TEXT - 1)) ? MAX_TEXT - 1 : MAX_TEXT;
        return text.substring(0, end);
    }

    /** A message's {@code geo.coordinates} is {latitude, longitude}; a post's is the string "lat lon". */
    static Location location(JsonNode geo) {
        JsonNode coordinates = geo.path("coordinates");
        String place = geo.path("place").path("title").asString(null);
        try {
            if (coordinates.isObject()) {
                return new Location(place, coordinates.path("latitude").asDouble(),
                        coordinates.path("longitude").asDouble());
            }
            if (coordinates.isString()) {
                String[] parts = coordinates.asString().strip().split("\\s+");
                return new Location(place, Double.parseDouble(parts[0]), Double.parseDouble(parts[1]));
            }
        } catch (RuntimeException unreadable) {
            // a point we cannot read is left out; the text still says where
        }
        return null;
    }
}
