package org.appeals.contracts;

/** The 38 municipalities of Volgograd oblast (taxonomy.md), and UNKNOWN when none can be told. */
public enum Municipality {
    VOLGOGRAD("Волгоград", Kind.URBAN_OKRUG),
    VOLZHSKY("Волжский", Kind.URBAN_OKRUG),
    KAMYSHIN("Камышин", Kind.URBAN_OKRUG),
    MIKHAILOVKA("Михайловка", Kind.URBAN_OKRUG),
    URYUPINSK("Урюпинск", Kind.URBAN_OKRUG),
    FROLOVO("Фролово", Kind.URBAN_OKRUG),
    ALEKSEEVSKY("Алексеевский район", Kind.DISTRICT),
    BYKOVSKY("Быковский район", Kind.DISTRICT),
    GORODISHCHENSKY("Городищенский район", Kind.DISTRICT),
    DANILOVSKY("Даниловский район", Kind.DISTRICT),
    DUBOVSKY("Дубовский район", Kind.DISTRICT),
    ELANSKY("Еланский район", Kind.DISTRICT),
    ZHIRNOVSKY("Жирновский район", Kind.DISTRICT),
    ILOVLINSKY("Иловлинский район", Kind.DISTRICT),
    KALACHEVSKY("Калачёвский район", Kind.DISTRICT),
    KAMYSHINSKY_DISTRICT("Камышинский район", Kind.DISTRICT),
    KIKVIDZENSKY("Киквидзенский район", Kind.DISTRICT),
    KLETSKY("Клетский район", Kind.DISTRICT),
    KOTELNIKOVSKY("Котельниковский район", Kind.DISTRICT),
    KOTOVSKY("Котовский район", Kind.DISTRICT),
    KUMYLZHENSKY("Кумылженский район", Kind.DISTRICT),
    LENINSKY("Ленинский район", Kind.DISTRICT),
    NEKHAEVSKY("Нехаевский район", Kind.DISTRICT),
    NIKOLAEVSKY("Николаевский район", Kind.DISTRICT),
    NOVOANNINSKY("Новоаннинский район", Kind.DISTRICT),
    NOVONIKOLAEVSKY("Новониколаевский район", Kind.DISTRICT),
    OKTYABRSKY("Октябрьский район", Kind.DISTRICT),
    OLKHOVSKY("Ольховский район", Kind.DISTRICT),
    PALLASOVSKY("Палласовский район", Kind.DISTRICT),
    RUDNYANSKY("Руднянский район", Kind.DISTRICT),
    SVETLOYARSKY("Светлоярский район", Kind.DISTRICT),
    SERAFIMOVICHSKY("Серафимовичский район", Kind.DISTRICT),
    SREDNEAKHTUBINSKY("Среднеахтубинский район", Kind.DISTRICT),
    STAROPOLTAVSKY("Старополтавский район", Kind.DISTRICT),
    SUROVIKINSKY("Суровикинский район", Kind.DISTRICT),
    URYUPINSKY_DISTRICT("Урюпинский район", Kind.DISTRICT),
    FROLOVSKY_DISTRICT("Фроловский район", Kind.DISTRICT),
    CHERNYSHKOVSKY("Чернышковский район", Kind.DISTRICT),
    UNKNOWN("Муниципалитет не определён", Kind.NONE);

    /** What sort of municipality it is. */
    public enum Kind { URBAN_OKRUG, DISTRICT, NONE }

    private final String displayName;
    private final Kind kind;

    Municipality(String displayName, Kind kind) {
        this.displayName = displayName;
        this.kind = kind;
    }

    public String displayName() {
        return displayName;
    }

    public Kind kind() {
        return kind;
    }
}
