package org.appeals.bench.console;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Times one page for one person: a few requests first that are not counted (the JIT, the console's and the
 * services' caches), then the rounds, one after another, as one person clicking.
 */
final class PageTimer {

    private final int warmup;
    private final int rounds;

    PageTimer(int warmup, int rounds) {
        this.warmup = warmup;
        this.rounds = rounds;
    }

    PageTiming time(String person, ConsoleSession session, ConsolePage page) throws InterruptedException {
        for (int i = 0; i < warmup; i++) {
            fetch(session, page);
        }
        long[] nanos = new long[rounds];
        List<Integer> statuses = new ArrayList<>();
        Attempt last = null;
        for (int i = 0; i < rounds; i++) {
            last = fetch(session, page);
            nanos[i] = last.response().nanos();
            statuses.add(last.response().status());
        }
        return PageTiming.of(person, page.path(), nanos, PageTiming.count(statuses), last.response().bytes(),
                last.note());
    }

    private static Attempt fetch(ConsoleSession session, ConsolePage page) throws InterruptedException {
        long start = System.nanoTime();
        try {
            ConsoleSession.PageResponse response = session.fetch(page);
            String note = response.status() / 100 == 3 ? "→ " + response.location() : "";
            return new Attempt(response, note);
        } catch (IOException e) {
            return new Attempt(new ConsoleSession.PageResponse(0, System.nanoTime() - start, 0, ""),
                    e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    private record Attempt(ConsoleSession.PageResponse response, String note) {
    }
}
