package org.appeals.telegram.chat;

import java.time.Instant;

/** An appeal registered from a chat, with what the resident needs to follow it (number and access code). */
public record ChatAppeal(String appealId, long chatId, String number, String accessCode, Instant registeredAt) {

    /** Leaves out the access code. */
    @Override
    public String toString() {
        return "ChatAppeal[appealId=" + appealId + ", number=" + number + "]";
    }
}
