package org.appeals.department.appeal;

import java.time.Instant;
import java.util.Date;

/**
 * Instants as a BSON date holds them. Plain Java, no driver types: the domain keeps instants as they read back once
 * stored ({@link #storable}), and the adapters write them with {@link #date}.
 */
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
}
