package org.appeals.department.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CalendarFilesTest {

    @ParameterizedTest
    @ValueSource(ints = {2025, 2026, 2027})
    void everyYearFileKeepsItsDatesInsideItsYearAndOnTheRightKindOfDay(int year) {
        ProductionCalendar calendar = CalendarFiles.load("calendar", List.of(year));
        assertThat(calendar.covers(year)).isTrue();
        CalendarYear data = readYear(year);
        assertThat(data.holidays()).hasSize(14).allMatch(date -> date.getYear() == year);
        assertThat(data.transferredDaysOff()).allMatch(date -> date.getYear() == year && !weekend(date));
        assertThat(data.workingWeekends()).allMatch(date -> date.getYear() == year && weekend(date));
        assertThat(data.shortenedDays()).allMatch(date -> calendar.kindOf(date) == DayKind.SHORTENED);
    }

    @Test
    void onlyTheYearWithoutAPublishedDecreeIsProvisional() {
        assertThat(readYear(2025).provisional()).isFalse();
        assertThat(readYear(2026).provisional()).isFalse();
        assertThat(readYear(2027).provisional()).isTrue();
    }

    @Test
    void aMissingYearFileStopsTheLoadWithItsName() {
        assertThatThrownBy(() -> CalendarFiles.load("calendar", List.of(1999)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ru-1999.json");
    }

    private static CalendarYear readYear(int year) {
        return tools.jackson.databind.json.JsonMapper.builder().build().readValue(
                CalendarFilesTest.class.getClassLoader().getResourceAsStream("calendar/ru-" + year + ".json"),
                CalendarYear.class);
    }

    private static boolean weekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
