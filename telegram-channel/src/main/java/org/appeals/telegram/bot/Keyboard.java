package org.appeals.telegram.bot;

import java.util.List;

/**
 * An inline keyboard under a message: rows of buttons, each sending its {@code callback_data} (1–64 bytes) back as a
 * callback query (https://core.telegram.org/bots/api#inlinekeyboardmarkup,
 * https://core.telegram.org/bots/api#inlinekeyboardbutton).
 */
public record Keyboard(List<List<Button>> rows) {

    public Keyboard {
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** One button: what it says and what it sends. */
    public record Button(String text, String callbackData) {
    }
}
