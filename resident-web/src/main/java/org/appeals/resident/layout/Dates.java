package org.appeals.resident.layout;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * Dates as residents read them: Volgograd time, Russian month names ("4 декабря 2026, 15:30"). The API's JSON may
 * hold an instant ({@code 2026-12-04T12:30:00Z}), a date ({@code 2026-12-20}) or epoch seconds; what cannot be read
 * is shown as written rather than failing the page.
 */
public final class Dates {

    public static final ZoneId ZONE = ZoneId.of("Europe/Volgograd");
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", RUSSIAN).withZone(ZONE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", RUSSIAN).withZone(ZONE);

    private Dates() {
    }

    public static String dateTime(Instant instant) {
        return instant == null ? null : DATE_TIME.format(instant);
    }

    public static String date(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }

    /** An instant or a date from JSON, with the time only where there is one; null when absent. */
    public static String of(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return dateTime(Instant.ofEpochMilli(Math.round(node.asDouble() * 1000)));
        }
        String text = node.asString();
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return text.length() == 10 ? date(LocalDate.parse(text)) : dateTime(Instant.parse(text));
        } catch (DateTimeParseException unreadable) {
            return text;
        }
    }
}
