package org.appeals.ok.thread;

import java.util.List;
import java.util.Optional;

/**
 * The adapter's memory of OK threads (database {@code ok-channel}): the appeals registered from a chat (with their
 * number and access code), the messages the bot posted for an appeal, and the question a chat has been asked and not
 * yet answered.
 */
public interface Threads {

    /** An appeal was registered from the resident's message {@code mid} in {@code chatId}. */
    void registered(String chatId, String mid, String appealId, String number, String accessCode);

    /** The bot posted {@code botMid} (may be null) for {@code appealId}; a question waits for the resident's answer. */
    void posted(String chatId, String appealId, String botMid, boolean question);

    /** The appeal a message of the bot was posted for, if it is one of ours. */
    Optional<String> appealOfBotMessage(String mid);

    /** The appeal whose question the chat has not answered yet. */
    Optional<String> openQuestion(String chatId);

    /** An appeal registered from a chat: its id and registration number. */
    record ChatAppeal(String appealId, String number) {
    }

    /** The appeals registered from {@code chatId}, newest first, at most {@code limit}. */
    List<ChatAppeal> appealsOf(String chatId, int limit);

    /** The chat answered the question of {@code appealId}. */
    void questionAnswered(String chatId, String appealId);
}
