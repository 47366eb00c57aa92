package org.appeals.telegram.feedback;

import java.util.List;
import java.util.UUID;
import org.appeals.telegram.bot.Keyboard;
import org.appeals.telegram.bot.Keyboard.Button;
import org.springframework.stereotype.Component;

/**
 * The keyboard under a final answer: ratings 1–5 on one row, «Решено» / «Не решено» on the next. Each button's
 * callback_data is {@code fb:<key>:r<1-5>} or {@code fb:<key>:s<1|0>}, the key 12 hex digits of the delivery id
 * (the same on a re-sent delivery), well within Telegram's 64 bytes.
 */
@Component
public class FeedbackButtons {

    static final String PREFIX = "fb:";
    private final FeedbackPrompts prompts;

    FeedbackButtons(FeedbackPrompts prompts) {
        this.prompts = prompts;
    }

    /** Remembers the prompt and returns its keyboard. */
    public Keyboard under(UUID deliveryId, String appealId, long chatId) {
        String key = deliveryId.toString().replace("-", "").substring(0, 12);
        prompts.create(key, appealId, chatId);
        List<Button> ratings = List.of(1, 2, 3, 4, 5).stream()
                .map(r -> new Button(r + " ⭐", PREFIX + key + ":r" + r)).toList();
        return new Keyboard(List.of(ratings,
                List.of(new Button("Решено", PREFIX + key + ":s1"), new Button("Не решено", PREFIX + key + ":s0"))));
    }
}
