package org.appeals.notification.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as a Russian letter writes them: "до 12 декабря 2026 г." ({@code MMMM} is the genitive month in "ru"). */
final class PromisedDates {

    private static final DateTimeFormatter RUSSIAN = DateTimeFormatter.ofPattern("'до' d MMMM yyyy 'г.'",
            Locale.forLanguageTag("ru"));

    private PromisedDates() {
    }

    static String format(LocalDate date) {
        return RUSSIAN.format(date);
    }
}
