package org.appeals.department.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnswerCheckTest {

    private final AnswerCheck check = Answers.check();

    @Test
    void concreteAnswerWithWorkAndDateRaisesNoFlags() {
        CheckResult result = check.check(Answers.GOOD, Answers.resident(Answers.RESIDENT));

        assertThat(result.flags()).isEmpty();
        assertThat(result.clean()).isTrue();
    }

    @Test
    void aFewWordsAreTooShort() {
        CheckResult result = check.check("Проблема решена.", CheckContext.none());

        assertThat(result.flags()).extracting(AnswerFlag::code).containsExactly(FlagCode.TOO_SHORT);
        assertThat(result.flags().get(0).message()).contains("слишком короткий");
    }

    @Test
    void emptyOrMissingTextIsTooShortAndDoesNotFail() {
        assertThat(check.check("", null).has(FlagCode.TOO_SHORT)).isTrue();
        assertThat(check.check(null, null).has(FlagCode.TOO_SHORT)).isTrue();
    }

    @Test
    void acknowledgementAloneIsShortAndFormal() {
        CheckResult result = check.check("Принято к сведению.", CheckContext.none());

        assertThat(result.has(FlagCode.TOO_SHORT)).isTrue();
        assertThat(result.has(FlagCode.FORMAL_ONLY)).isTrue();
    }

    @Test
    void answerMadeOfFormalPhrasesIsFlaggedWithThePhrase() {
        String answer = "Уважаемая Анна Викторовна! Ваше обращение рассмотрено. Информация направлена "
                + "в управляющую компанию для принятия мер.";

        CheckResult result = check.check(answer, Answers.resident("Анна Викторовна Кузнецова"));

        assertThat(result.flags()).extracting(AnswerFlag::code).containsExactly(FlagCode.FORMAL_ONLY);
        assertThat(result.flags().get(0).fragment()).isEqualTo("Ваше обращение рассмотрено");
    }

    @Test
    void formalPhraseInsideAConcreteAnswerIsNotFormalOnly() {
        String answer = "Ваше обращение рассмотрено. Упавшее дерево во дворе дома 7 по ул. Мира распилено и "
                + "вывезено бригадой МБУ «Зеленстрой» 12 ноября 2026 года, повреждённый бордюр заменён, "
                + "газон восстановят весной 2027 года после оттаивания грунта.";

        CheckResult result = check.check(answer, CheckContext.none());

        assertThat(result.has(FlagCode.FORMAL_ONLY)).isFalse();
        assertThat(result.clean()).isTrue();
    }
}
