package org.appeals.telegram.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import org.appeals.telegram.feedback.FeedbackPresses.Choice;
import org.junit.jupiter.api.Test;

class ChoiceTest {

    @Test
    void readsRatingsAndSolvedFromCallbackData() {
        assertThat(Choice.parse("fb:0123456789ab:r4")).contains(new Choice("0123456789ab", 4, null));
        assertThat(Choice.parse("fb:0123456789ab:s0")).contains(new Choice("0123456789ab", null, false));
        assertThat(Choice.parse("fb:0123456789ab:s1")).contains(new Choice("0123456789ab", null, true));
    }

    @Test
    void refusesAnythingElse() {
        assertThat(Choice.parse("fb:k:r6")).isEmpty();
        assertThat(Choice.parse("fb:k:x1")).isEmpty();
        assertThat(Choice.parse("other:k:r1")).isEmpty();
        assertThat(Choice.parse(null)).isEmpty();
    }
}
