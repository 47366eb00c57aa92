package org.appeals.department.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataTest {

    private static final String BODY = " Ремонт кровли над подъездом 2 дома 9 по ул. Пушкина выполнит подрядчик "
            + "до 30 ноября 2026 года.";

    private final AnswerCheck check = Answers.check();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"+7 (927) 123-45-67", "8-927-123-45-67", "89271234567", "+7 927 123 45 67",
            "8 (8442) 97-12-34", "+79271234567", "97-12-34"})
    void anotherPersonsPhoneIsFlaggedWithoutRepeatingIt(String phone) {
        CheckResult result = check.check("По вопросу звоните мастеру по телефону " + phone + "." + BODY,
                Answers.resident(Answers.RESIDENT));

        assertThat(result.flags()).extracting(AnswerFlag::code).containsExactly(FlagCode.THIRD_PARTY_PERSONAL_DATA);
        assertThat(result.flags().get(0).fragment()).isNull();
        assertThat(result.flags().get(0).message()).contains("телефона").doesNotContain(phone);
    }

    @Test
    void theDepartmentsOfficialPhoneAndEmailAreNotFlagged() {
        String answer = "Справки по телефону 8 (8442) 33-44-55 и по почте dorogi@volgograd.ru." + BODY;

        assertThat(check.check(answer, Answers.resident(Answers.RESIDENT)).clean()).isTrue();
    }

    @Test
    void anotherPersonsEmailIsFlagged() {
        CheckResult result = check.check("Пишите инженеру на ivanov.s@mail.ru." + BODY, CheckContext.none());

        assertThat(result.has(FlagCode.THIRD_PARTY_PERSONAL_DATA)).isTrue();
        assertThat(result.flags().get(0).message()).contains("электронной почты");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Жалоба на шум поступила также от Сидорова П.А.", "Заявку принял инженер А.С. Кротов.",
            "По словам гражданина Сидорова, течь устранена.", "Доступ в подвал обеспечит Пётр Алексеевич."})
    void otherPeoplesNamesAreFlagged(String sentence) {
        CheckResult result = check.check(sentence + BODY, Answers.resident(Answers.RESIDENT));

        assertThat(result.flags()).extracting(AnswerFlag::code).containsExactly(FlagCode.THIRD_PARTY_PERSONAL_DATA);
        assertThat(result.flags().get(0).message()).contains("названы другие люди");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Уважаемый Иван Петрович!", "Уважаемый Иванов И.П.!", "Сообщаем Ивану Петровичу,",
            "Уважаемый И.П. Иванов!"})
    void theResidentsOwnNameIsNotFlagged(String greeting) {
        CheckResult result = check.check(greeting + BODY, Answers.resident("Иванов Иван Петрович"));

        assertThat(result.has(FlagCode.THIRD_PARTY_PERSONAL_DATA)).as(greeting).isFalse();
    }

    @Test
    void theSameGreetingIsFlaggedWhenItIsNotTheResident() {
        CheckResult result = check.check("Уважаемый Иван Петрович!" + BODY, Answers.resident("Смирнова Ольга Юрьевна"));

        assertThat(result.has(FlagCode.THIRD_PARTY_PERSONAL_DATA)).isTrue();
    }

    @Test
    void citingTheLawOnCitizensOfTheRussianFederationIsNoName() {
        String answer = "Обращение рассмотрено по закону о порядке рассмотрения обращений граждан Российской "
                + "Федерации." + BODY;

        assertThat(check.check(answer, CheckContext.none()).has(FlagCode.THIRD_PARTY_PERSONAL_DATA)).isFalse();
    }
}
