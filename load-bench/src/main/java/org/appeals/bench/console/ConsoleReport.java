package org.appeals.bench.console;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The figures of one console bench run, one row per person and page, printed as the README quotes them.
 *
 * @param stored the appeals in the store when the pages were timed
 * @param seeded what seeding did, or empty when the store already held enough
 * @param answered what answering part of the seeded appeals did, if it was done
 * @param failedLogins a line per person who could not log in (their pages are not timed)
 * @param skipped pages left out, with why
 */
record ConsoleReport(String machine, String console, int warmup, int rounds, StoredAppeals stored,
                     Optional<SeedProgress.Figures> seeded, Optional<SeedAnswers.Done> answered,
                     Optional<String> appealId, List<PageTiming> pages,
                     List<String> failedLogins, List<String> skipped) {

    static final Duration INTERACTIVE = Duration.ofSeconds(1);
    private static final String ROW = "%-18s %-46s %-10s %9s %9s %9s %10s  %s%n";

    void print(PrintStream out) {
        out.println();
        out.println("== Console bench: every page through " + console + ", " + rounds + " rounds after " + warmup
                + " warm-up requests each");
        out.println("machine       " + machine);
        out.println("appeals       " + stored);
        out.println("seeding       " + seeded.map(f -> String.format(Locale.ROOT,
                        "%,d registered (%,d refused) and %,d placed in %.0f s = %.1f appeals/s placed", f.registered(),
                        f.refused(), f.placed(), f.seconds(), f.placedPerSecond()))
                .orElse("none: the store already held enough"));
        answered.ifPresent(done -> out.println("answered      " + done));
        out.println("appeal <id>   " + appealId.orElse("none found in " + DemoPeople.DEPARTMENT));
        out.println("time          ms from sending the request to the last byte of the page (the server's time "
                + "plus loopback); redirects not followed");
        out.println();
        out.printf(ROW, "person", "page", "status", "median", "p95", "max", "bytes", "");
        for (PageTiming page : pages) {
            out.printf(ROW, page.person(), shown(page.page()), page.statusText(), ms(page.time().p50()),
                    ms(page.time().p95()), ms(page.time().max()), String.format("%,d", page.bytes()), page.note());
        }
        out.println();
        failedLogins.forEach(line -> out.println("LOGIN FAILED  " + line));
        skipped.forEach(line -> out.println("skipped       " + line));
        out.println("not 200       " + listOr(pages.stream().filter(p -> !p.allOk()).toList(), "none"));
        out.println("p95 >= 1 s    " + (pages.isEmpty() ? "no page was timed"
                : listOr(slow(), "none: every page under 1 s at p95")));
    }

    /** The path with the appeal's id as {@code <id>}: the header names it, and the table stays aligned. */
    private String shown(String path) {
        return appealId.map(id -> path.replace(id, "<id>")).orElse(path);
    }

    /** Pages whose p95 is one second or more. */
    List<PageTiming> slow() {
        return pages.stream().filter(p -> p.time().p95() >= INTERACTIVE.toNanos()).toList();
    }

    private String listOr(List<PageTiming> pages, String none) {
        return pages.isEmpty() ? none : pages.size() + ": " + pages.stream()
                .map(p -> p.person() + " " + shown(p.page()) + " (" + p.statusText() + ", p95 " + ms(p.time().p95()) + " ms)")
                .collect(Collectors.joining("; "));
    }

    static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
    }
}
