package org.appeals.resident.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LimitWindowTest {

    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");
    private final LimitWindow fivePerHour = new LimitWindow(5, Duration.ofHours(1));

    @Test
    void admitsWhileFewerThanTheLimitWereSentWithinTheWindow() {
        assertThat(fivePerHour.waitFor(List.of(), NOW)).isEmpty();
        assertThat(fivePerHour.waitFor(times(50, 40, 30, 20), NOW)).isEmpty();
    }

    @Test
    void refusesTheSixthWithinAnHourUntilTheOldestLeavesTheWindow() {
        assertThat(fivePerHour.waitFor(times(50, 40, 30, 20, 10), NOW)).contains(Duration.ofMinutes(10));
    }

    @Test
    void countsFromTheWindowsStart() {
        assertThat(fivePerHour.windowStart(NOW)).isEqualTo(Instant.parse("2026-12-04T11:00:00Z"));
    }

    private static List<Instant> times(int... minutesAgo) {
        return java.util.Arrays.stream(minutesAgo).mapToObj(m -> NOW.minus(Duration.ofMinutes(m))).toList();
    }
}
