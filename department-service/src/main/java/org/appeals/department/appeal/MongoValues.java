package org.appeals.department.appeal;

import java.time.Instant;
import java.util.Date;
import org.bson.Document;

/** Null-safe reading of what the documents hold: instants as BSON dates, enums by name. */
final class MongoValues {

    private MongoValues() {
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
