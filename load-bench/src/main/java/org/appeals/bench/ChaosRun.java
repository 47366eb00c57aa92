package org.appeals.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import org.appeals.launcher.LocalStack;
import org.appeals.launcher.PlatformService;
import org.appeals.launcher.StackSettings;
import org.appeals.launcher.process.ServiceJars;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fault-injection benchmark ({@code ./chaos.sh}): starts a fresh local stack as this JVM's own children (so it
 * kills nothing it did not start), posts a steady load of appeals through the gateway with an adapter that retries
 * until 202, kills and restarts every process of the stack in turn ({@link KillRound}), then drains, asks intake for
 * every accepted appeal and prints what was accepted, placed, lost and duplicated. Exit code 0 only when clean.
 */
public final class ChaosRun {

    /** The intake outbox relay republishes after 15 s of grace and rounds of 5 s: quiet longer than that. */
    private static final Duration DRAIN_QUIET = Duration.ofSeconds(45);
    private static final Duration RETRIES_LIMIT = Duration.ofSeconds(60);
    private static final int EXAMPLES = 5;

    private ChaosRun() {
    }

    public static void main(String[] args) {
        ChaosOptions options;
        try {
            options = ChaosOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        System.exit(runOnFreshStack(options));
    }

    private static int runOnFreshStack(ChaosOptions options) {
        StackSettings defaults = StackSettings.defaults(ServiceJars.repoRoot(), System.getenv());
        // no Keycloak: posting appeals takes machine keys alone, and it is not one of the parts killed
        StackSettings settings = new StackSettings(defaults.repoRoot(), defaults.localDir(), defaults.ports(),
                defaults.startTimeout(), defaults.identitySecret(), defaults.webhookSecrets(), false);
        Path stackLog = settings.localDir().resolve("chaos-stack.log");
        try (PrintStream stackOut = printStream(stackLog)) {
            LocalStack stack = new LocalStack(settings, stackOut);
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "chaos-stack-shutdown"));
            try {
                System.out.println("Starting a fresh stack (data in " + settings.localDir() + ", its output in "
                        + stackLog + ") ...");
                stack.start();
                ChaosReport report = run(stack, settings, options);
                report.print(System.out);
                return report.clean() ? 0 : 1;
            } catch (RuntimeException e) {
                System.err.println("Chaos run failed: " + e.getMessage());
                return 1;
            } finally {
                System.out.println("Stopping the stack ...");
                stack.close();
            }
        }
    }

    static ChaosReport run(LocalStack stack, StackSettings settings, ChaosOptions options) {
        JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        String prefix = "chaos-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        ChaosLedger ledger = new ChaosLedger(prefix);
        ErrorCounts errors = new ErrorCounts();
        Gateway gateway = new Gateway(stack.gatewayUrl());
        RetryingAdapter adapter = new RetryingAdapter(gateway,
                new AppealBodies(SampleTexts.read(options.samples(), json), prefix, json), ledger, errors, json);
        KillRound round;
        double sendingSeconds;
        try (PlatformWatch watch = PlatformWatch.start("127.0.0.1:" + settings.ports().kafka(), ledger, json,
                Duration.ofSeconds(30))) {
            long start = System.nanoTime();
            System.out.println("Sending " + options.describe() + "; killing in turn " + KillRound.PARTS + " ...");
            round = new KillRound(stack, new StackHealth(healthUrls(settings)), options,
                    line -> progress(start, line), start).start();
            long sent = send(adapter, options, round, stack, start);
            sendingSeconds = (System.nanoTime() - start) / 1e9;
            progress(start, "sent " + sent + " appeals; waiting for the adapter's retries to end ...");
            awaitRetries(adapter);
            progress(start, "waiting for every accepted appeal to be placed ...");
            LoadBench.awaitSettled(ledger::unplaced, options.drain(), DRAIN_QUIET);
        }
        System.out.println("Looking every accepted appeal up at intake ...");
        new IntakeLookup(gateway, adapter, ledger, errors).run();
        return new ChaosReport(options, adapter.attempts(), sendingSeconds, ledger.tally(), errors, round.timings(),
                round.failures(), stack.unexpectedlyEnded(), ledger.lostExamples(EXAMPLES),
                ledger.duplicatedExamples(EXAMPLES));
    }

    /**
     * Appeal n is due at n/rate seconds (an open model: due whether or not earlier ones were accepted), for at least
     * the run's duration and until the kill round is over; stops early if a child died without being killed.
     */
    private static long send(RetryingAdapter adapter, ChaosOptions options, KillRound round, LocalStack stack,
                             long start) {
        long interval = 1_000_000_000L / options.rate();
        long end = start + options.duration().toNanos();
        long n = 0;
        long nextCheck = start;
        for (long now = start; now < end || !round.done(); now = System.nanoTime()) {
            if (now >= nextCheck) {
                nextCheck = now + 1_000_000_000L;
                if (!stack.unexpectedlyEnded().isEmpty()) {
                    progress(start, "STOPPING: " + stack.unexpectedlyEnded() + " ended without being killed");
                    break;
                }
            }
            long due = start + n * interval;
            if (due > now) {
                LockSupport.parkNanos(Math.min(due - now, nextCheck - now));
                continue;
            }
            adapter.submit(n++);
        }
        return n;
    }

    /** Lets the retries run out by themselves for a while, then abandons what still fails so the run can end. */
    private static void awaitRetries(RetryingAdapter adapter) {
        LoadBench.awaitSettled(adapter::open, RETRIES_LIMIT, RETRIES_LIMIT);
        adapter.giveUp();
        // an attempt in flight ends within the gateway client's 30 s timeout
        LoadBench.awaitSettled(adapter::open, Duration.ofSeconds(40), Duration.ofSeconds(40));
    }

    private static List<java.net.URI> healthUrls(StackSettings settings) {
        return settings.services().stream().map(service -> service.health(settings.ports().of(service))).toList();
    }

    private static void progress(long start, String line) {
        System.out.printf(Locale.ROOT, "  [+%6.1f s] %s%n", (System.nanoTime() - start) / 1e9, line);
    }

    /** Sleeps, for the kill round's outage and settle times (a benchmark, not a test: nothing to await). */
    static void pause(Duration time) {
        try {
            Thread.sleep(time.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static PrintStream printStream(Path file) {
        try {
            Files.createDirectories(file.getParent());
            return new PrintStream(Files.newOutputStream(file), true, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
