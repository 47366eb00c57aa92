package org.appeals.vk.thread;

import java.util.Map;

/**
 * Names VK threads and the {@code replyTo} entries that lead back to them: a conversation by its peer, a comment by
 * its top-level comment under its post, a post by itself. The same names are written when an appeal starts and read
 * when a reply goes out, so both sides meet.
 */
public final class ThreadKeys {

    public static final String PEER_ID = "peerId";
    public static final String MESSAGE_ID = "messageId";
    public static final String CONVERSATION_MESSAGE_ID = "conversationMessageId";
    public static final String OWNER_ID = "ownerId";
    public static final String POST_ID = "postId";
    public static final String COMMENT_ID = "commentId";
    public static final String THREAD_COMMENT_ID = "threadCommentId";
    public static final String POST_TYPE = "postType";
    public static final String FROM_ID = "fromId";

    private ThreadKeys() {
    }

    public static String conversation(long peerId) {
        return "peer:" + peerId;
    }

    public static String post(long ownerId, long postId) {
        return "wall:" + ownerId + "_" + postId;
    }

    public static String commentThread(long ownerId, long postId, long topCommentId) {
        return post(ownerId, postId) + ":" + topCommentId;
    }

    /** The thread a reply addressed with {@code replyTo} goes to. */
    public static String of(Map<String, String> replyTo) {
        if (replyTo.containsKey(COMMENT_ID)) {
            long top = Long.parseLong(replyTo.getOrDefault(THREAD_COMMENT_ID, replyTo.get(COMMENT_ID)));
            return commentThread(number(replyTo, OWNER_ID), number(replyTo, POST_ID), top);
        }
        if (replyTo.containsKey(POST_ID)) {
            return post(number(replyTo, OWNER_ID), number(replyTo, POST_ID));
        }
        return conversation(number(replyTo, PEER_ID));
    }

    private static long number(Map<String, String> replyTo, String key) {
        String value = replyTo.get(key);
        if (value == null) {
            throw new IllegalArgumentException("replyTo has no " + key);
        }
        return Long.parseLong(value.strip());
    }
}
