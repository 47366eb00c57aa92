package org.appeals.bench.console;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;
import org.appeals.bench.StackCpu;

/**
 * Waits until the stack is quiet before pages are timed: once every service has handled the seeded appeals,
 * notification may still be delivering their notices for minutes, and a page timed then would measure that too.
 */
final class StackQuiet {

    /** A quarter of one core for the whole stack: what it spends with nothing to do (polls, scrapes, heartbeats). */
    static final double QUIET_CORES = 0.25;
    private static final Duration LOOK = Duration.ofSeconds(5);

    private StackQuiet() {
    }

    /** True once the stack used under {@link #QUIET_CORES} over {@link #LOOK}; false if {@code limit} passed first. */
    static boolean await(Duration limit, PrintStream out) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            double cores = coresOver(LOOK);
            if (cores < QUIET_CORES) {
                out.printf(Locale.ROOT, "The stack is quiet (%.2f cores over the last %d s).%n", cores, LOOK.toSeconds());
                return true;
            }
            if (System.nanoTime() > deadline) {
                out.printf(Locale.ROOT, "STILL BUSY after %d s (%.2f cores); timing the pages anyway.%n",
                        limit.toSeconds(), cores);
                return false;
            }
            out.printf(Locale.ROOT, "  the stack is still busy: %.2f cores%n", cores);
        }
    }

    private static double coresOver(Duration look) {
        StackCpu before = StackCpu.snapshot();
        LockSupport.parkNanos(look.toNanos());
        return StackCpu.snapshot().secondsSince(before).entrySet().stream()
                .filter(part -> !part.getKey().equals("load-bench"))
                .mapToDouble(java.util.Map.Entry::getValue).sum() / look.toSeconds();
    }
}
