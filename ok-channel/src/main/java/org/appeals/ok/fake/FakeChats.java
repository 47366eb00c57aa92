package org.appeals.ok.fake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The fake's chats between the group and its users, every message in them, and the chats that refuse the group. */
final class FakeChats {

    /** A message in a chat: the resident's ({@code from = "user"}) or the group's ({@code "group"}). */
    record Message(String mid, String from, String text, String replyTo, List<String> imageUrls, long timestamp) {
    }

    /** A chat of the group with one user. */
    record Chat(String chatId, String userId, String userName, List<Message> messages) {
    }

    private final Map<String, Chat> chats = new LinkedHashMap<>();
    private final Set<String> blocked = ConcurrentHashMap.newKeySet();
    private final AtomicLong sequence = new AtomicLong(0x15cea67d78d2000L);

    synchronized Message fromUser(String chatId, String userId, String name, String text, String replyTo,
                                  List<String> imageUrls) {
        Chat chat = chats.computeIfAbsent(chatId, id -> new Chat(id, userId, name, new ArrayList<>()));
        Message message = new Message(nextMid(chatId), "user", text, replyTo, List.copyOf(imageUrls),
                System.currentTimeMillis());
        chat.messages().add(message);
        return message;
    }

    synchronized Optional<Message> fromGroup(String chatId, String text, String replyTo) {
        Chat chat = chats.get(chatId);
        if (chat == null) {
            return Optional.empty();
        }
        Message message = new Message(nextMid(chatId), "group", text, replyTo, List.of(), System.currentTimeMillis());
        chat.messages().add(message);
        return Optional.of(message);
    }

    synchronized Optional<Chat> chatOf(String mid) {
        return chats.values().stream().filter(c -> c.messages().stream().anyMatch(m -> m.mid().equals(mid)))
                .findFirst();
    }

    synchronized List<Chat> all() {
        return chats.values().stream().map(c -> new Chat(c.chatId(), c.userId(), c.userName(),
                List.copyOf(c.messages()))).toList();
    }

    void block(String chatId) {
        blocked.add(chatId);
    }

    void unblock(String chatId) {
        blocked.remove(chatId);
    }

    boolean isBlocked(String chatId) {
        return blocked.contains(chatId);
    }

    /** {@code mid:<chat id without "chat:">.<hex>}, as in the documentation's examples. */
    private String nextMid(String chatId) {
        String chat = chatId.startsWith("chat:") ? chatId.substring(5) : chatId;
        return "mid:" + chat + "." + Long.toHexString(sequence.incrementAndGet());
    }
}
