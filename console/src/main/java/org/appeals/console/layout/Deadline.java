package org.appeals.console.layout;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.appeals.console.platform.Json;
import tools.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * A deadline as a badge: green while more than a quarter of the term is left, amber under 25 %, red once missed.
 * {@code label} says the time left (or how late) in words; {@code title} the date itself.
 */
public record Deadline(String tone, String label, String title, Duration left) {

    public static final ZoneId ZONE = ZoneId.of("Europe/Volgograd");
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.forLanguageTag("ru")).withZone(ZONE);

    /** {@code start}: when the term began (null when unknown: then only "overdue or not" colours it). */
    public static Deadline of(Instant start, Instant due, Instant now) {
        if (due == null) {
            return null;
        }
        Duration left = Duration.between(now, due);
        String title = "Срок: " + DATE.format(due);
        if (left.isNegative()) {
            return new Deadline("red", "просрочено на " + words(left.negated()), title, left);
        }
        boolean shortOfTime = start != null && start.isBefore(due)
                && left.toMillis() * 4 < Duration.between(start, due).toMillis();
        return new Deadline(shortOfTime ? "amber" : "green", "осталось " + words(left), title, left);
    }

    /** "2 дн. 4 ч", "5 ч 10 мин", "12 мин". */
    static String words(Duration duration) {
        long days = duration.toDays();
        long hours = duration.toHoursPart();
        long minutes = duration.toMinutesPart();
        if (days > 0) {
            return days + " дн. " + hours + " ч";
        }
        if (hours > 0) {
            return hours + " ч " + minutes + " мин";
        }
        return Math.max(minutes, 1) + " мин";
    }

    /**
     * An instant from the API's JSON as the pages show it; "" when absent, and shown as written when unreadable
     * rather than failing the whole page.
     */
    public static String format(JsonNode node) {
        try {
            return format(Json.instant(node));
        } catch (DateTimeParseException unreadable) {
            return node.asString();
        }
    }

    /** A date and time as the pages show it (Волгоград). */
    public static String format(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }
}
