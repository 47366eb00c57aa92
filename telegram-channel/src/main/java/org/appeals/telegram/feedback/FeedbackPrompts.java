package org.appeals.telegram.feedback;

import java.util.Optional;

/** The port to the feedback prompts, by their short key (the key travels in callback_data, at most 64 bytes). */
interface FeedbackPrompts {

    /** A prompt for the appeal (again with the same key: no change). */
    void create(String key, String appealId, long chatId);

    /** Records a choice (null: unchanged) and returns the prompt as it is now. */
    Optional<FeedbackPrompt> choose(String key, Integer rating, Boolean solved);

    void submitted(String key);
}
