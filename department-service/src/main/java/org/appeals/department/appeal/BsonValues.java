package org.appeals.department.appeal;

import java.time.Instant;
import java.util.Date;
import org.bson.Document;

/** Null-safe conversions between Java values and what the documents hold (instants as BSON dates, enums by name). */
public final class BsonValues {

    /** The range of a BSON date (milliseconds since the epoch in a signed 64-bit integer), about ±292 million years. */
    private static final Instant EARLIEST_DATE = Instant.ofEpochMilli(Long.MIN_VALUE);
    private static final Instant LATEST_DATE = Instant.ofEpochMilli(Long.MAX_VALUE);

    private BsonValues() {
    }

    /**
     * The instant as a BSON date; one beyond a BSON date's range becomes the nearest date it can hold. Instants come
     * from other services' events, and {@link Date#from} throws on what {@code Instant.parse} happily accepts (year
     * one billion), which would dead-letter the event; clamping keeps every comparison between stored dates right.
     */
    public static Date date(Instant instant) {
        return instant == null ? null : Date.from(storable(instant));
    }

    /** The instant as it reads back once stored: clamped into a BSON date's range. */
    public static Instant storable(Instant instant) {
        if (instant.isBefore(EARLIEST_DATE)) {
            return EARLIEST_DATE;
        }
        return instant.isAfter(LATEST_DATE) ? LATEST_DATE : instant;
    }

    static Instant instant(Document document, String key) {
        Date date = document.getDate(key);
        return date == null ? null : date.toInstant();
    }

    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, Document document, String key) {
        String name = document.getString(key);
        return name == null ? null : Enum.valueOf(type, name);
    }
}
