package org.appeals.department.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import java.util.Set;

/** Which dates are working, shortened or non-working, from the yearly data files. */
final class ProductionCalendar {

    // Labour Code art. 112: used for a year without a data file, so a far deadline is still counted sensibly.
    private static final Set<MonthDay> STATUTORY = Set.of(MonthDay.of(1, 1), MonthDay.of(1, 2), MonthDay.of(1, 3),
            MonthDay.of(1, 4), MonthDay.of(1, 5), MonthDay.of(1, 6), MonthDay.of(1, 7), MonthDay.of(1, 8),
            MonthDay.of(2, 23), MonthDay.of(3, 8), MonthDay.of(5, 1), MonthDay.of(5, 9), MonthDay.of(6, 12),
            MonthDay.of(11, 4));

    private final Map<Integer, CalendarYear> years;

    ProductionCalendar(Map<Integer, CalendarYear> years) {
        this.years = Map.copyOf(years);
    }

    DayKind kindOf(LocalDate date) {
        CalendarYear year = years.get(date.getYear());
        if (year == null) {
            return weekend(date) || STATUTORY.contains(MonthDay.from(date)) ? DayKind.NON_WORKING : DayKind.WORKING;
        }
        if (year.workingWeekends().contains(date)) {
            return year.shortenedDays().contains(date) ? DayKind.SHORTENED : DayKind.WORKING;
        }
        if (weekend(date) || year.holidays().contains(date) || year.transferredDaysOff().contains(date)) {
            return DayKind.NON_WORKING;
        }
        return year.shortenedDays().contains(date) ? DayKind.SHORTENED : DayKind.WORKING;
    }

    boolean covers(int year) {
        return years.containsKey(year);
    }

    private static boolean weekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
