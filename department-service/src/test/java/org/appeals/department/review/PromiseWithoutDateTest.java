package org.appeals.department.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PromiseWithoutDateTest {

    private static final String PROMISE = "Сообщаем, что ремонт дворового проезда у дома 14 по ул. Гагарина "
            + "запланирован. Работы будут проведены силами подрядной организации ";

    private final AnswerCheck check = Answers.check();

    @Test
    void promiseOfWorkWithoutADateIsFlaggedWithThePromise() {
        CheckResult result = check.check(PROMISE + "в ближайшее время.", CheckContext.none());

        assertThat(result.flags()).extracting(AnswerFlag::code).containsExactly(FlagCode.PROMISE_WITHOUT_DATE);
        assertThat(result.flags().get(0).fragment()).isEqualTo("запланирован");
        assertThat(result.flags().get(0).message()).contains("без срока");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"до 15 декабря", "в декабре 2026 года", "в течение 10 дней", "в срок до 15.12.2026",
            "во втором квартале", "во II квартале", "до конца текущего года", "летом 2027"})
    void promiseWithADateOrPeriodIsNotFlagged(String when) {
        CheckResult result = check.check(PROMISE + when + ".", CheckContext.none());

        assertThat(result.has(FlagCode.PROMISE_WITHOUT_DATE)).as(when).isFalse();
    }

    @Test
    void theDateOfACitedLawIsNotADateOfTheWork() {
        String answer = PROMISE + "после выделения средств. Обращение рассмотрено в соответствии с Федеральным "
                + "законом от 02.05.2006 № 59-ФЗ.";

        assertThat(check.check(answer, CheckContext.none()).has(FlagCode.PROMISE_WITHOUT_DATE)).isTrue();
    }

    @Test
    void workAlreadyDoneIsNoPromise() {
        String answer = "Сообщаем, что 3 ноября 2026 года бригада МУП «Водоканал» устранила утечку на водопроводе "
                + "у дома 5 по ул. Победы, асфальтовое покрытие над траншеей восстановлено.";

        assertThat(check.check(answer, CheckContext.none()).clean()).isTrue();
    }
}
