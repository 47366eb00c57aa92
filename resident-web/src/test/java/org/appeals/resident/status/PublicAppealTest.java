package org.appeals.resident.status;

import static org.assertj.core.api.Assertions.assertThat;

import org.appeals.resident.testing.PublicAppeals;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class PublicAppealTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void readsThePublicViewWithRussianDatesInVolgogradTime() {
        PublicAppeal appeal = PublicAppeal.of(JSON.readTree(PublicAppeals.ANSWERED));

        assertThat(appeal.statusText()).isEqualTo("Дан ответ");
        assertThat(appeal.departmentName()).isEqualTo("Комитет дорожного хозяйства");
        assertThat(appeal.receivedAt()).isEqualTo("1 декабря 2026, 10:00");
        assertThat(appeal.promisedBy()).isEqualTo("20 декабря 2026");
        assertThat(appeal.timeline()).hasSize(2);
        assertThat(appeal.answers()).extracting(PublicAppeal.Answer::kindText)
                .containsExactly("Промежуточный ответ", "Ответ");
        assertThat(appeal.finalAnswer().answerId()).isEqualTo(PublicAppeals.FINAL_ANSWER);
        assertThat(appeal.feedbackOpen()).isTrue();
    }

    @Test
    void anAppealJustRegisteredHasNoAnswersAndNoFeedback() {
        PublicAppeal appeal = PublicAppeal.of(JSON.readTree(PublicAppeals.RECEIVED));

        assertThat(appeal.departmentName()).isNull();
        assertThat(appeal.finalAnswer()).isNull();
        assertThat(appeal.feedback()).isNull();
        assertThat(appeal.feedbackOpen()).isFalse();
    }

    @Test
    void feedbackGivenIsNoLongerOpen() {
        PublicAppeal appeal = PublicAppeal.of(JSON.readTree(PublicAppeals.RATED));

        assertThat(appeal.feedback().given()).isTrue();
        assertThat(appeal.feedback().rating()).isEqualTo(2);
        assertThat(appeal.feedback().solved()).isFalse();
        assertThat(appeal.feedbackOpen()).isFalse();
    }
}
