package org.appeals.routing.classify;

import java.util.Locale;

/** How routing's explanations are written: in Russian, numbers with a decimal comma, as operators read them. */
public final class Explanations {

    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private Explanations() {
    }
}
