package org.appeals.department.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LawInsteadOfAnswerTest {

    private final AnswerCheck check = Answers.check();

    @Test
    void answerThatOnlyCitesLawsIsFlagged() {
        String answer = "В соответствии со статьёй 12 Федерального закона от 02.05.2006 № 59-ФЗ «О порядке "
                + "рассмотрения обращений граждан Российской Федерации» обращение рассматривается в течение 30 дней. "
                + "Согласно постановлению администрации городского округа № 345 содержание автомобильных дорог "
                + "местного значения осуществляется в соответствии с Правилами благоустройства. Вопросы, "
                + "поставленные в обращении, регулируются статьёй 13 Федерального закона № 257-ФЗ.";

        CheckResult result = check.check(answer, CheckContext.none());

        assertThat(result.flags()).extracting(AnswerFlag::code).containsExactly(FlagCode.LAW_INSTEAD_OF_ANSWER);
        assertThat(result.flags().get(0).fragment()).isEqualTo("В соответствии со");
    }

    @Test
    void lawCitationFollowedByAConcreteActionAndDateIsNotFlagged() {
        String answer = "В соответствии с Правилами благоустройства территории городского округа, утверждёнными "
                + "решением городской Думы № 12/45, уборка тротуаров возложена на управляющие компании. "
                + "Управляющей компании ООО «Уют» выдано предписание: наледь на тротуаре у дома 7 по ул. Мира "
                + "будет убрана до 20 января 2027 года.";

        CheckResult result = check.check(answer, CheckContext.none());

        assertThat(result.has(FlagCode.LAW_INSTEAD_OF_ANSWER)).isFalse();
        assertThat(result.clean()).isTrue();
    }

    @Test
    void oneCitationInALongConcreteAnswerIsNotFlagged() {
        String answer = "Согласно графику, вывоз мусора с контейнерной площадки у дома 3 по ул. Советской "
                + "выполняется ежедневно. Пропуск вывоза 10 и 11 ноября 2026 года произошёл из-за поломки "
                + "мусоровоза, региональный оператор восстановил вывоз 12 ноября и убрал площадку.";

        assertThat(check.check(answer, CheckContext.none()).has(FlagCode.LAW_INSTEAD_OF_ANSWER)).isFalse();
    }
}
