package org.appeals.department.deadline;

import static org.appeals.department.deadline.Volgograd.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class WorkingTimeTest {

    private final WorkingTime time = new WorkingTime(WorkingCalendar.load(CalendarProperties.defaults()));

    @Test
    void nineHoursFromNewYearsEveAfternoonFallDueAfterTheJanuaryHolidays() {
        assertThat(time.plusWorkingHours(at("2025-12-31T16:00"), Duration.ofHours(9)))
                .isEqualTo(at("2026-01-12T18:00"));
    }

    @Test
    void deadlinesAreCountedAtUtcPlusThreeWhateverTheJvmZone() {
        TimeZone original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            Instant due = time.plusWorkingHours(at("2025-12-31T16:00"), Duration.ofHours(9));
            assertThat(due).isEqualTo(Instant.parse("2026-01-12T15:00:00Z"));
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    void anAssignmentAtFiveOnFridayIsDueOnMonday() {
        assertThat(time.plusWorkingHours(at("2026-03-13T17:00"), Duration.ofHours(9)))
                .isEqualTo(at("2026-03-16T17:00"));
    }

    @Test
    void fourUrgentHoursRunWithinTheDayAndCarryOverTheNight() {
        assertThat(time.plusWorkingHours(at("2026-03-17T10:00"), Duration.ofHours(4))).isEqualTo(at("2026-03-17T14:00"));
        assertThat(time.plusWorkingHours(at("2026-03-17T16:00"), Duration.ofHours(4))).isEqualTo(at("2026-03-18T11:00"));
    }

    @Test
    void anAssignmentBeforeOpeningCountsFromOpening() {
        assertThat(time.plusWorkingHours(at("2026-03-17T06:30"), Duration.ofHours(4))).isEqualTo(at("2026-03-17T13:00"));
    }

    @Test
    void anAssignmentOnTheFebruaryHolidayCountsFromTheNextWorkingMorning() {
        assertThat(time.plusWorkingHours(at("2026-02-23T12:00"), Duration.ofHours(4))).isEqualTo(at("2026-02-24T13:00"));
    }

    @Test
    void aShortenedPreHolidayDayGivesOnlyUntilFiveOClock() {
        assertThat(time.plusWorkingHours(at("2026-04-30T16:00"), Duration.ofHours(1))).isEqualTo(at("2026-04-30T17:00"));
        assertThat(time.plusWorkingHours(at("2026-04-30T16:00"), Duration.ofHours(2))).isEqualTo(at("2026-05-04T10:00"));
    }

    @Test
    void theLunchBreakIsNotWorkingTime() {
        WorkingTime withLunch = new WorkingTime(WorkingCalendar.load(new CalendarProperties(null, null, null,
                LocalTime.of(13, 0), LocalTime.of(14, 0), null, List.of(2026), null)));
        assertThat(withLunch.plusWorkingHours(at("2026-03-17T12:00"), Duration.ofHours(2)))
                .isEqualTo(at("2026-03-17T15:00"));
    }

    @Test
    void sevenWorkingDaysAfterAnInterimAnswerSkipTheMayHolidays() {
        assertThat(time.plusWorkingDays(at("2026-04-30T11:00"), 7)).isEqualTo(at("2026-05-13T18:00"));
    }

    @Test
    void workingDaysEndingOnAShortenedDayEndAtFive() {
        assertThat(time.plusWorkingDays(at("2026-05-06T11:00"), 2)).isEqualTo(at("2026-05-08T17:00"));
    }

    @Test
    void thirtyDaysEndingOnASundayMoveToMonday() {
        assertThat(time.plusCalendarDays(at("2026-02-13T10:00"), 30)).isEqualTo(at("2026-03-16T18:00"));
    }

    @Test
    void thirtyDaysEndingOnAWorkingDayStayOnIt() {
        assertThat(time.plusCalendarDays(at("2026-02-16T10:00"), 30)).isEqualTo(at("2026-03-18T18:00"));
    }

    @Test
    void thirtyDaysEndingOnTheMayHolidaysMoveToTheFirstWorkingDayAfter() {
        assertThat(time.plusCalendarDays(at("2026-04-09T10:00"), 30)).isEqualTo(at("2026-05-12T18:00"));
    }

    @Test
    void aNegativeTermIsRefused() {
        assertThatThrownBy(() -> time.plusWorkingHours(at("2026-03-17T10:00"), Duration.ofHours(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> time.plusWorkingDays(at("2026-03-17T10:00"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
