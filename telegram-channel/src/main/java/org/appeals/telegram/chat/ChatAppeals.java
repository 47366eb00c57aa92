package org.appeals.telegram.chat;

import java.util.List;
import java.util.Optional;

/** The port to the chats' appeals and the bot's messages about them. */
public interface ChatAppeals {

    /** Remembers a registered appeal (again: no change). */
    void registered(ChatAppeal appeal);

    /** The chat's latest appeals, newest first. */
    List<ChatAppeal> latest(long chatId, int limit);

    /** The bot's message {@code messageId} in the chat was about {@code appealId}: a reply to it is about the appeal. */
    void botMessage(long chatId, long messageId, String appealId);

    /** The appeal a bot's message was about, if it was. */
    Optional<String> appealOfBotMessage(long chatId, long messageId);
}
