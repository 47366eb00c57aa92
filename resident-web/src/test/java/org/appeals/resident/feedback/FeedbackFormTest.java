package org.appeals.resident.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeedbackFormTest {

    @Test
    void sendsRatingSolvedAndCommentAsThePublicEndpointWantsThem() {
        FeedbackForm form = new FeedbackForm("7K3M9QXA", "a1", "2", "no", "  Яма снова появилась ");

        assertThat(form.errors()).isEmpty();
        assertThat(form.body()).containsEntry("code", "7K3M9QXA").containsEntry("answerId", "a1")
                .containsEntry("rating", 2).containsEntry("solved", false)
                .containsEntry("comment", "Яма снова появилась");
    }

    @Test
    void wantsARatingFromOneToFiveAndAnAnswerToSolved() {
        assertThat(new FeedbackForm("c", "a", null, null, "").errors()).containsOnlyKeys("rating", "solved");
        assertThat(new FeedbackForm("c", "a", "6", "yes", "").errors()).containsOnlyKeys("rating");
        assertThat(new FeedbackForm("c", "a", "5", "yes", "x".repeat(2001)).errors()).containsOnlyKeys("comment");
    }
}
