package org.appeals.department.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkingCalendarTest {

    private final WorkingCalendar calendar = WorkingCalendar.load(CalendarProperties.defaults());

    @ParameterizedTest
    @ValueSource(strings = {"2026-01-01", "2026-01-02", "2026-01-05", "2026-01-06", "2026-01-07", "2026-01-08",
        "2026-01-09", "2026-02-23", "2026-03-09", "2026-05-01", "2026-05-11", "2026-06-12", "2026-11-04",
        "2026-12-31"})
    void holidaysAndTransferredDaysOfTwentyTwentySixAreNotWorkingDays(String date) {
        assertThat(calendar.isWorkingDay(LocalDate.parse(date))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-01-12", "2026-02-24", "2026-03-10", "2026-05-04", "2026-05-12", "2026-06-15",
        "2026-11-05", "2026-12-30"})
    void ordinaryWeekdaysAroundTheHolidaysAreWorkingDays(String date) {
        assertThat(calendar.isWorkingDay(LocalDate.parse(date))).isTrue();
    }

    @Test
    void weekendsAreNotWorkingDays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 14))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 15))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-04-30", "2026-05-08", "2026-06-11", "2026-11-03"})
    void preHolidayDaysOfTwentyTwentySixEndAnHourEarlier(String date) {
        LocalDate day = LocalDate.parse(date);
        assertThat(calendar.isShortened(day)).isTrue();
        assertThat(calendar.workdayEnd(day)).isEqualTo(LocalTime.of(17, 0));
        assertThat(calendar.intervals(day)).containsExactly(new WorkInterval(LocalTime.of(9, 0), LocalTime.of(17, 0)));
    }

    @Test
    void anOrdinaryDayEndsAtTheConfiguredHour() {
        assertThat(calendar.workdayEnd(LocalDate.of(2026, 4, 29))).isEqualTo(LocalTime.of(18, 0));
    }

    @Test
    void theWorkingSaturdayOfNovemberTwentyTwentyFiveIsAShortenedWorkingDay() {
        LocalDate saturday = LocalDate.of(2025, 11, 1);
        assertThat(calendar.isWorkingDay(saturday)).isTrue();
        assertThat(calendar.isShortened(saturday)).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 11, 3))).isFalse();
    }

    @Test
    void twentyTwentyFiveWeekendHolidaysWereMovedByDecreeNotToTheFollowingMonday() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 2, 24))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 5, 8))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 6, 13))).isFalse();
    }

    @Test
    void aYearWithoutADataFileStillKeepsWeekendsAndStatutoryHolidays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2030, 1, 3))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2030, 6, 12))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2030, 6, 11))).isTrue();
    }

    @Test
    void lunchSplitsTheWorkingDayInTwo() {
        WorkingCalendar withLunch = WorkingCalendar.load(new CalendarProperties(null, null, null,
                LocalTime.of(13, 0), LocalTime.of(14, 0), null, List.of(2026), null));
        assertThat(withLunch.intervals(LocalDate.of(2026, 2, 24))).containsExactly(
                new WorkInterval(LocalTime.of(9, 0), LocalTime.of(13, 0)),
                new WorkInterval(LocalTime.of(14, 0), LocalTime.of(18, 0)));
    }

    @Test
    void aNonWorkingDayHasNoWorkingHours() {
        assertThat(calendar.intervals(LocalDate.of(2026, 1, 5))).isEmpty();
    }
}
