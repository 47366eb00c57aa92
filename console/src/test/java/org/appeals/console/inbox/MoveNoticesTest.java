package org.appeals.console.inbox;

import static org.appeals.console.inbox.AppealJsonFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.appeals.console.platform.PlatformProblem;
import org.junit.jupiter.api.Test;

class MoveNoticesTest {

    @Test
    void aFinalAnswerUnderReviewSaysSoAndCountsTheFlags() {
        String notice = MoveNotices.finalAnswer(json("""
                {"answerId":"a","appealId":"b","kind":"FINAL","state":"IN_REVIEW","promisedBy":null,"review":"PENDING",
                 "flags":[{"code":"TOO_SHORT","message":"m","fragment":null}]}"""));

        assertThat(notice).contains("отправлен на проверку").contains("замечаний: 1");
    }

    @Test
    void aFinalAnswerWithoutReviewWentToTheResident() {
        assertThat(MoveNotices.finalAnswer(json("{\"state\":\"ANSWERED\",\"review\":null,\"flags\":[]}")))
                .isEqualTo("Окончательный ответ отправлен жителю.");
    }

    @Test
    void anIncidentAnswerCountsTheAppealsThatTookIt() {
        String notice = MoveNotices.incidentAnswer(json("""
                {"incidentId":"i","appeals":[{"appealId":"a","answered":true,"state":"IN_REVIEW"},
                 {"appealId":"b","answered":false,"state":null,"problem":"closed"}]}"""));

        assertThat(notice).startsWith("Ответ по инциденту принят для 1 из 2 обращений.")
                .contains("На проверке в центре: 1.").contains("откройте их карточки");
    }

    @Test
    void refusedInputKeepsTheApisWordsOtherProblemsOnlyTheRussianOnes() {
        assertThat(MoveAttempt.describe(new PlatformProblem(400, "promisedBy must not be in the past.")))
                .endsWith("(promisedBy must not be in the past.)");
        assertThat(MoveAttempt.describe(new PlatformProblem(403, "Not your department.")))
                .doesNotContain("Not your department");
    }
}
