package org.appeals.telegram.feedback;

import org.appeals.contracts.Masking;

/** A resident pressed an inline button (https://core.telegram.org/bots/api#callbackquery). */
public record CallbackPress(String id, long fromId, long chatId, long messageId, String data) {

    /** Leaves out who pressed. */
    @Override
    public String toString() {
        return "CallbackPress[id=" + id + ", from=" + Masking.mask(Long.toString(fromId)) + ", data=" + data + "]";
    }
}
