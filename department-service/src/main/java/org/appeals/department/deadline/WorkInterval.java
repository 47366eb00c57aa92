package org.appeals.department.deadline;

import java.time.Duration;
import java.time.LocalTime;

/** A stretch of working time within one day, {@code from} inclusive, {@code to} exclusive. */
record WorkInterval(LocalTime from, LocalTime to) {

    /** Working time left in this interval from the given time of day; zero once it is over. */
    Duration availableFrom(LocalTime time) {
        if (!time.isBefore(to)) {
            return Duration.ZERO;
        }
        return Duration.between(time.isAfter(from) ? time : from, to);
    }
}
