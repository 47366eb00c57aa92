package org.appeals.department.deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/** Deadline arithmetic in working hours, working days and calendar days on a {@link WorkingCalendar}. */
public final class WorkingTime {

    private final WorkingCalendar calendar;

    /** Arithmetic on the given calendar. */
    public WorkingTime(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /** The moment when {@code amount} of working time has passed after {@code start}. */
    public Instant plusWorkingHours(Instant start, Duration amount) {
        requireNonNegative(amount.isNegative());
        ZonedDateTime local = start.atZone(calendar.zone());
        LocalDate date = local.toLocalDate();
        LocalTime time = local.toLocalTime();
        Duration remaining = amount;
        for (int guard = 0; ; guard++) {
            Limits.check(guard);
            for (WorkInterval interval : calendar.intervals(date)) {
                Duration available = interval.availableFrom(time);
                if (available.isZero()) {
                    continue;
                }
                if (remaining.compareTo(available) <= 0) {
                    return at(date, interval.to().minus(available).plus(remaining));
                }
                remaining = remaining.minus(available);
            }
            date = date.plusDays(1);
            time = LocalTime.MIN;
        }
    }

    /** The end of the {@code days}-th working day after the day of {@code start}. */
    public Instant plusWorkingDays(Instant start, int days) {
        requireNonNegative(days < 0);
        LocalDate date = start.atZone(calendar.zone()).toLocalDate();
        for (int counted = 0, guard = 0; counted < days; guard++) {
            Limits.check(guard);
            date = date.plusDays(1);
            counted += calendar.isWorkingDay(date) ? 1 : 0;
        }
        return endOfWorkingDay(calendar.workingDayOnOrAfter(date));
    }

    /**
     * The end of the day {@code days} calendar days after the day of {@code start}; a last day that is not a working
     * day moves to the next working day, the reading of Civil Code art. 193 that courts and the prosecutor's office
     * apply to the 30-day term of Federal Law 59-ФЗ art. 12 (the law itself counts calendar days).
     */
    public Instant plusCalendarDays(Instant start, int days) {
        requireNonNegative(days < 0);
        LocalDate last = start.atZone(calendar.zone()).toLocalDate().plusDays(days);
        return endOfWorkingDay(calendar.workingDayOnOrAfter(last));
    }

    /** The last second of {@code date} in the region's time zone: what "by that date" means to a resident. */
    public Instant endOfDay(LocalDate date) {
        return date.plusDays(1).atStartOfDay(calendar.zone()).toInstant().minusSeconds(1);
    }

    /** The date {@code instant} falls on in the region's time zone. */
    public LocalDate dateOf(Instant instant) {
        return instant.atZone(calendar.zone()).toLocalDate();
    }

    private Instant endOfWorkingDay(LocalDate date) {
        return at(date, calendar.workdayEnd(date));
    }

    private Instant at(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(calendar.zone()).toInstant();
    }

    private static void requireNonNegative(boolean negative) {
        if (negative) {
            throw new IllegalArgumentException("A deadline cannot be counted backwards");
        }
    }
}
