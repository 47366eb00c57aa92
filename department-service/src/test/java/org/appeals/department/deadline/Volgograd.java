package org.appeals.department.deadline;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Test moments written as Volgograd wall-clock time, fixed at UTC+3 independently of the code under test. */
final class Volgograd {

    static final ZoneOffset OFFSET = ZoneOffset.ofHours(3);

    private Volgograd() {
    }

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).toInstant(OFFSET);
    }
}
