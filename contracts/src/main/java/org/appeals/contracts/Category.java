package org.appeals.contracts;

/** Categories (направления) of taxonomy.md. */
public enum Category {
    ROADS("Дороги", Competence.MUNICIPAL),
    HOUSING("ЖКХ", Competence.MUNICIPAL),
    WASTE("Вывоз мусора", Competence.REGIONAL),
    LANDSCAPING("Благоустройство", Competence.MUNICIPAL),
    TRANSPORT("Общественный транспорт", Competence.MUNICIPAL),
    SAFETY("Безопасность", Competence.REGIONAL),
    ANIMALS("Животные", Competence.REGIONAL),
    HEALTHCARE("Здравоохранение", Competence.REGIONAL),
    EDUCATION("Образование", Competence.MUNICIPAL),
    SOCIAL("Социальная защита", Competence.REGIONAL),
    MUNICIPAL_SERVICES("Муниципальные услуги", Competence.MUNICIPAL),
    ECOLOGY("Экология", Competence.REGIONAL),
    COMMUNICATIONS("Связь", Competence.REGIONAL),
    OTHER("Прочее", Competence.NONE);

    private final String displayName;
    private final Competence competence;

    Category(String displayName, Competence competence) {
        this.displayName = displayName;
        this.competence = competence;
    }

    public String displayName() {
        return displayName;
    }

    public Competence competence() {
        return competence;
    }
}
