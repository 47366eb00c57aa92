package org.appeals.department.deadline;

import java.time.LocalDate;
import java.util.Set;

/**
 * One year of the production calendar as read from {@code calendar/ru-<year>.json}.
 *
 * @param holidays non-working holidays of Labour Code art. 112, even when they fall on a weekend
 * @param transferredDaysOff weekdays made days off by a transfer decree or by art. 112 part 2
 * @param workingWeekends Saturdays or Sundays made working days by a transfer
 * @param shortenedDays pre-holiday working days one hour shorter (art. 95)
 */
record CalendarYear(int year, boolean provisional, String source, Set<LocalDate> holidays,
        Set<LocalDate> transferredDaysOff, Set<LocalDate> workingWeekends, Set<LocalDate> shortenedDays) {

    CalendarYear {
        holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
        transferredDaysOff = transferredDaysOff == null ? Set.of() : Set.copyOf(transferredDaysOff);
        workingWeekends = workingWeekends == null ? Set.of() : Set.copyOf(workingWeekends);
        shortenedDays = shortenedDays == null ? Set.of() : Set.copyOf(shortenedDays);
    }
}
