package org.appeals.bench;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.appeals.launcher.LocalStack;

/**
 * Kills each part of the stack in turn with SIGKILL, leaves it down for the outage, starts it again and waits until
 * every service is healthy before the next; on its own thread, while the adapter keeps posting. A part that does not
 * come back ends the round: the figures then say so instead of piling one outage on another.
 */
final class KillRound {

    /** Every process of the chaos stack but the channel stub, which stands outside the platform. */
    static final List<String> PARTS = List.of("intake-service", "routing-service", "department-service",
            "notification-service", "gateway", "kafka", "mongodb");
    private static final Duration HEALTHY_LIMIT = Duration.ofMinutes(5);

    private final LocalStack stack;
    private final StackHealth health;
    private final ChaosOptions options;
    private final Consumer<String> progress;
    private final long startNanos;
    private final List<KillTiming> timings = new CopyOnWriteArrayList<>();
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private final Thread thread = new Thread(this::run, "kill-round");

    KillRound(LocalStack stack, StackHealth health, ChaosOptions options, Consumer<String> progress, long startNanos) {
        this.stack = stack;
        this.health = health;
        this.options = options;
        this.progress = progress;
        this.startNanos = startNanos;
        thread.setDaemon(true);
    }

    KillRound start() {
        thread.start();
        return this;
    }

    boolean done() {
        return !thread.isAlive();
    }

    List<KillTiming> timings() {
        return List.copyOf(timings);
    }

    List<String> failures() {
        return List.copyOf(failures);
    }

    private void run() {
        ChaosRun.pause(options.settle());
        for (String part : PARTS) {
            if (!killAndRestart(part)) {
                return;
            }
            ChaosRun.pause(options.settle());
        }
    }

    private boolean killAndRestart(String part) {
        long killedAt = System.nanoTime();
        try {
            long killedPid = stack.kill(part);
            progress.accept("killed " + part + " (pid " + killedPid + ") with SIGKILL");
            ChaosRun.pause(options.outage());
            long newPid = stack.restart(part);
            long readyAt = System.nanoTime();
            boolean healthy = health.awaitAllUp(HEALTHY_LIMIT);
            long healthyAt = System.nanoTime();
            timings.add(new KillTiming(part, killedPid, newPid, seconds(killedAt - startNanos),
                    seconds(readyAt - killedAt), healthy ? seconds(healthyAt - killedAt) : Double.NaN));
            progress.accept(String.format(Locale.ROOT, "%s back as pid %d, ready %.1f s after the kill%s", part, newPid,
                    seconds(readyAt - killedAt), healthy ? "" : "; the services are NOT all healthy"));
            if (!healthy) {
                failures.add(part + ": the services were not all healthy within " + HEALTHY_LIMIT + " of its restart");
            }
            return healthy;
        } catch (RuntimeException e) {
            failures.add(part + ": " + e.getMessage());
            progress.accept("FAILED to kill and restart " + part + ": " + e.getMessage());
            return false;
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
