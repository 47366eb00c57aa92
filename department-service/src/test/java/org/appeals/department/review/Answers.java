package org.appeals.department.review;

/** Realistic department answers used across the review tests, and the check built from the real rules file. */
final class Answers {

    static final String GOOD = "Уважаемая Мария Ивановна! По вашему обращению о выбоинах на проезжей части "
            + "ул. Ленина у дома 25 сообщаем: ямочный ремонт этого участка включён в план работ МБУ «Благоустройство» "
            + "и будет выполнен до 15 июня 2026 года. Контроль за выполнением работ ведёт отдел дорожного хозяйства, "
            + "телефон 8 (8442) 33-44-55.";
    static final String RESIDENT = "Петрова Мария Ивановна";
    static final String OFFICIAL_PHONE = "+7 (8442) 33-44-55";

    private Answers() {
    }

    static AnswerCheck check() {
        return new AnswerCheck(CheckRulesFile.load(CheckRulesFile.DEFAULT));
    }

    static CheckContext resident(String name) {
        return new CheckContext(name, java.util.List.of(OFFICIAL_PHONE, "dorogi@volgograd.ru"));
    }
}
