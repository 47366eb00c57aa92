package org.appeals.console.layout;

import java.util.Arrays;
import java.util.Optional;

/**
 * The platform's deadlines as people read them, in one place: as a term in a sentence ("Нарушен срок ответа") and as
 * the short name a table column shows ("ответ").
 */
public enum DeadlineKind {

    FIRST_REACTION("срок первой реакции", "первая реакция"),
    ANSWER("срок ответа", "ответ"),
    /** The date promised to the resident in an interim answer. */
    PROMISED("обещанный жителю срок", "обещанный срок");

    private final String term;
    private final String shortName;

    DeadlineKind(String term, String shortName) {
        this.term = term;
        this.shortName = shortName;
    }

    /** The kind the platform's code names; empty for a code this build does not know. */
    public static Optional<DeadlineKind> of(String code) {
        return Arrays.stream(values()).filter(kind -> kind.name().equals(code)).findFirst();
    }

    public String term() {
        return term;
    }

    public String shortName() {
        return shortName;
    }
}
