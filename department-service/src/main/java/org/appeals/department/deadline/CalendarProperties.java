package org.appeals.department.deadline;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Working time of the departments.
 *
 * @param zone the region's time zone, never the JVM's
 * @param workdayStart start of a working day
 * @param workdayEnd end of a full working day
 * @param lunchStart start of the lunch break, or null for none
 * @param lunchEnd end of the lunch break, or null for none
 * @param preHolidayShortening how much earlier a shortened pre-holiday day ends (Labour Code art. 95)
 * @param years years with a calendar file under {@code calendarLocation}
 * @param calendarLocation classpath folder of the calendar and rules files
 */
@ConfigurationProperties("appeals.department.calendar")
public record CalendarProperties(ZoneId zone, LocalTime workdayStart, LocalTime workdayEnd, LocalTime lunchStart,
        LocalTime lunchEnd, Duration preHolidayShortening, List<Integer> years, String calendarLocation) {

    /** Fills the defaults and refuses a working day that could never hold working time. */
    public CalendarProperties {
        zone = zone == null ? ZoneId.of("Europe/Volgograd") : zone;
        workdayStart = workdayStart == null ? LocalTime.of(9, 0) : workdayStart;
        workdayEnd = workdayEnd == null ? LocalTime.of(18, 0) : workdayEnd;
        preHolidayShortening = preHolidayShortening == null ? Duration.ofHours(1) : preHolidayShortening;
        years = years == null ? List.of(2025, 2026, 2027) : List.copyOf(years);
        calendarLocation = calendarLocation == null ? "calendar" : calendarLocation;
        if (!workdayStart.plus(preHolidayShortening).isBefore(workdayEnd)) {
            throw new IllegalArgumentException("workday-start must be before workday-end minus the shortening");
        }
        if ((lunchStart == null) != (lunchEnd == null) || lunchStart != null && !lunchStart.isBefore(lunchEnd)) {
            throw new IllegalArgumentException("lunch-start and lunch-end go together, start before end");
        }
    }

    /** The defaults: 09:00-18:00 without lunch in Europe/Volgograd, calendars 2025-2027. */
    public static CalendarProperties defaults() {
        return new CalendarProperties(null, null, null, null, null, null, null, null);
    }
}
