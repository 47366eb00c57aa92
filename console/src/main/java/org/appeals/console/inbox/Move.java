package org.appeals.console.inbox;

/** A move the department makes on an appeal; {@code control} names its form (ids, errors beside it). */
enum Move {
    ACCEPT("accept"),
    INTERIM("interim"),
    QUESTION("question"),
    ANSWER("answer"),
    REDIRECT("redirect");

    private final String control;

    Move(String control) {
        this.control = control;
    }

    String control() {
        return control;
    }
}
