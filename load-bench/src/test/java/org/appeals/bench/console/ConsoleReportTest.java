package org.appeals.bench.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConsoleReportTest {

    private static final long MS = 1_000_000;

    @Test
    void printsEveryPageWithItsStatusAndTimesAndNamesWhatFailedOrWasSlow() {
        PageTiming today = PageTiming.of("cur-operator", "/today", new long[] {40 * MS, 50 * MS, 60 * MS},
                Map.of(200, 3), 8_123, "");
        PageTiming search = PageTiming.of("cur-operator", "/search?q=яма", new long[] {900 * MS, 1_200 * MS},
                Map.of(200, 2), 40_000, "");
        PageTiming keys = PageTiming.of("mcu-mikhailovka", "/deliveries", new long[] {20 * MS, 30 * MS},
                Map.of(403, 1, 200, 1), 1_000, "");
        ConsoleReport report = new ConsoleReport("2 cores", "http://localhost:8080/console", 3, 20,
                new StoredAppeals(50_000, "intake"), Optional.empty(), Optional.empty(), Optional.of("0b7e"),
                List.of(today, search, keys), List.of("platform-admin: refused"), List.of());

        String printed = print(report);

        assertThat(printed).contains("cur-operator       /today", "200", "50.0", "60.0", "8,123")
                .contains("50,000 (intake)", "none: the store already held enough", "appeal <id>   0b7e")
                .contains("LOGIN FAILED  platform-admin: refused")
                .contains("not 200       1: mcu-mikhailovka /deliveries (200×1 403×1")
                .contains("p95 >= 1 s    1: cur-operator /search?q=яма (200, p95 1200.0 ms)");
        assertThat(report.slow()).containsExactly(search);
    }

    @Test
    void showsTheAppealsIdOnceInTheHeaderAndAsIdInTheRows() {
        PageTiming card = PageTiming.of("cur-operator", "/appeals/4ca3aa81-bbcb-4c20-8372-fd1c960a439c",
                new long[] {MS}, Map.of(200, 1), 8_546, "");
        ConsoleReport report = new ConsoleReport("2 cores", "http://localhost:8080/console", 0, 1,
                new StoredAppeals(300, "intake"), Optional.empty(), Optional.empty(),
                Optional.of("4ca3aa81-bbcb-4c20-8372-fd1c960a439c"), List.of(card), List.of(), List.of());

        assertThat(print(report)).contains("appeal <id>   4ca3aa81-bbcb-4c20-8372-fd1c960a439c",
                "cur-operator       /appeals/<id> ");
    }

    @Test
    void saysSoWhenNoPageWasTimedInsteadOfCallingThemAllFast() {
        ConsoleReport report = new ConsoleReport("2 cores", "http://localhost:8080/console", 3, 20,
                new StoredAppeals(300, "intake"), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                List.of("cur-operator: HTTP 503"), List.of());

        assertThat(print(report)).contains("p95 >= 1 s    no page was timed", "appeal <id>   none found in")
                .doesNotContain("every page under 1 s");
    }

    @Test
    void aPageThatNeverAnsweredIsFailedNotHidden() {
        PageTiming down = PageTiming.of("cur-operator", "/today", new long[] {MS}, Map.of(0, 1), 0,
                "ConnectException");

        assertThat(down.allOk()).isFalse();
        assertThat(down.statusText()).isEqualTo("failed");
    }

    private static String print(ConsoleReport report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        report.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
