package org.appeals.department.deadline;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/** Working days and their working hours in the region's time zone. */
public final class WorkingCalendar {

    private final ProductionCalendar calendar;
    private final CalendarProperties hours;

    WorkingCalendar(ProductionCalendar calendar, CalendarProperties hours) {
        this.calendar = calendar;
        this.hours = hours;
    }

    /** A calendar built from the yearly files named by the properties. */
    public static WorkingCalendar load(CalendarProperties properties) {
        return new WorkingCalendar(CalendarFiles.load(properties.calendarLocation(), properties.years()), properties);
    }

    /** The region's time zone every local date and hour is read in. */
    public ZoneId zone() {
        return hours.zone();
    }

    /** Whether the date is a working day (a shortened pre-holiday day is one). */
    public boolean isWorkingDay(LocalDate date) {
        return calendar.kindOf(date) != DayKind.NON_WORKING;
    }

    /** Whether the date is a pre-holiday working day that ends earlier. */
    public boolean isShortened(LocalDate date) {
        return calendar.kindOf(date) == DayKind.SHORTENED;
    }

    /** When working time ends on a working day. */
    public LocalTime workdayEnd(LocalDate date) {
        return isShortened(date) ? hours.workdayEnd().minus(hours.preHolidayShortening()) : hours.workdayEnd();
    }

    /** The working day on or after the date. */
    public LocalDate workingDayOnOrAfter(LocalDate date) {
        LocalDate day = date;
        for (int guard = 0; !isWorkingDay(day); guard++) {
            Limits.check(guard);
            day = day.plusDays(1);
        }
        return day;
    }

    List<WorkInterval> intervals(LocalDate date) {
        if (!isWorkingDay(date)) {
            return List.of();
        }
        LocalTime end = workdayEnd(date);
        if (hours.lunchStart() == null || !hours.lunchStart().isBefore(end)) {
            return List.of(new WorkInterval(hours.workdayStart(), end));
        }
        LocalTime afterLunch = hours.lunchEnd().isBefore(end) ? hours.lunchEnd() : end;
        return List.of(new WorkInterval(hours.workdayStart(), hours.lunchStart()), new WorkInterval(afterLunch, end));
    }
}
