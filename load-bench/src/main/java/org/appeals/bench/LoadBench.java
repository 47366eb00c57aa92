package org.appeals.bench;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drives the running local stack through the gateway with realistic appeals, follows each one to its department's
 * inbox (and, with {@code --answer}, to the reply on its channel), then measures the raw broker with Kafka's
 * ProducerPerformance and prints both. A benchmark that prints figures, not a test; see {@link BenchOptions}.
 */
public final class LoadBench {

    private static final Duration QUIET_LIMIT = Duration.ofSeconds(20);

    private LoadBench() {
    }

    public static void main(String[] args) throws InterruptedException {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        run(options).print(System.out);
        System.exit(0);
    }

    static Report run(BenchOptions options) throws InterruptedException {
        JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        Gateway gateway = new Gateway(options.gateway());
        if (!options.warmup().isZero()) {
            // the JIT compiles the hot paths of every part during the first seconds; measured after that
            System.out.println("Warming up for " + options.warmup().toSeconds() + " s (not counted) ...");
            phase(options.withDuration(options.warmup()), gateway, new ErrorCounts(), json);
        }
        ErrorCounts errors = new ErrorCounts();
        StackCpu cpuBefore = StackCpu.snapshot();
        Phase measured = phase(options, gateway, errors, json);
        var cpu = StackCpu.snapshot().secondsSince(cpuBefore);
        Optional<RawBroker.Result> raw = Optional.empty();
        if (options.raw() && measured.ledger().meanReceivedBytes() > 0) {
            System.out.println("Measuring the raw broker with ProducerPerformance ...");
            raw = Optional.of(RawBroker.measure(options.kafka(), Math.max(measured.ledger().accepted(), 100_000),
                    measured.ledger().meanReceivedBytes()));
        }
        return new Report(options, measured.run(), measured.ledger(), errors, measured.approved(), raw, cpu);
    }

    private record Phase(LoadGenerator.Run run, Ledger ledger, long approved) {
    }

    /** Sends for the options' duration and follows every accepted appeal until it is placed (or replied). */
    private static Phase phase(BenchOptions options, Gateway gateway, ErrorCounts errors, JsonMapper json)
            throws InterruptedException {
        String prefix = "bench-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        Answerer answerer = new Answerer(gateway, errors);
        Ledger ledger = new Ledger(prefix, options.answer() ? answerer::answer : trace -> { });
        AppealBodies bodies = new AppealBodies(SampleTexts.read(options.samples(), json), prefix, json);
        LoadGenerator.Run run;
        try (PlatformWatch watch = PlatformWatch.start(options.kafka(), ledger, json, Duration.ofSeconds(30))) {
            System.out.println("Sending " + options.describe() + " to " + options.gateway() + " ...");
            run = new LoadGenerator(gateway, bodies, ledger, errors, json).run(options);
            System.out.println("Sent " + run.sent() + "; waiting for every accepted appeal to be placed ...");
            LongSupplier pending = options.answer() ? () -> ledger.count(t -> t.replyAt == 0)
                    : () -> ledger.count(t -> !t.placed());
            awaitSettled(pending, options.drain());
        }
        return new Phase(run, ledger, answerer.approved());
    }

    /** Until nothing is pending, nothing moved for {@link #QUIET_LIMIT}, or {@code limit} passed. */
    private static void awaitSettled(LongSupplier pending, Duration limit) {
        awaitSettled(pending, limit, QUIET_LIMIT);
    }

    /** Until nothing is pending, nothing moved for {@code quiet}, or {@code limit} passed. */
    static void awaitSettled(LongSupplier pending, Duration limit, Duration quiet) {
        long deadline = System.nanoTime() + limit.toNanos();
        long last = pending.getAsLong();
        long lastMoved = System.nanoTime();
        while (last > 0 && System.nanoTime() < deadline && System.nanoTime() - lastMoved < quiet.toNanos()) {
            LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
            long now = pending.getAsLong();
            if (now != last) {
                last = now;
                lastMoved = System.nanoTime();
            }
        }
    }
}
