package org.appeals.intake.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.appeals.contracts.Author;
import org.junit.jupiter.api.Test;

class RedactionTest {

    private final Redaction redaction = Redaction.of(new Author("tg-501", "Пётр Иванов", "petr@example.org"));

    @Test
    void theResidentsTextLosesTheirNameInAnyEndingTheirContactAndEveryEmailAndPhone() {
        String text = redaction.residentsText("Я, Пётр Иванов, пишу снова. Звоните Петру: +7 900 111-22-33, "
                + "пишите на PETR@example.org или соседке anna@example.org. Яма у дома 12 на улице Мира.");

        assertThat(text).doesNotContain("Пётр", "Петру", "Иванов", "900", "111-22-33", "PETR@", "anna@")
                .contains("Яма у дома 12 на улице Мира", Redaction.HIDDEN);
    }

    @Test
    void anAnswerLosesTheResidentsNameButKeepsTheDepartmentsPhone() {
        String text = redaction.answerText("Уважаемый Пётр Иванов! Яма заделана. Справки: 8 (84463) 2-15-10.");

        assertThat(text).isEqualTo("Уважаемый *** ***! Яма заделана. Справки: 8 (84463) 2-15-10.");
    }

    @Test
    void wordsThatOnlyContainTheNameStay() {
        Redaction ivan = Redaction.of(new Author("vk-1", "Иван", null));

        assertThat(ivan.answerText("Иван, в Иваново-Вознесенском переулке светло")).startsWith("***,")
                .contains("Иваново-Вознесенском");
    }

    @Test
    void withoutAnAuthorOnlyEmailsAndPhonesGo() {
        Redaction nobody = Redaction.of(null);

        assertThat(nobody.residentsText("Мария, 89001234567")).isEqualTo("Мария, ***");
        assertThat(nobody.answerText(null)).isNull();
    }
}
