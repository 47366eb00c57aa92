package org.appeals.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The bench's command line: {@code [--rate N] [--seconds S] [--warmup-seconds S] [--answer] [--in-flight N] [--drain-seconds S]
 * [--gateway URL] [--kafka HOST:PORT] [--no-raw] [samples.jsonl ...]}; rate 0 (the default) is flat out.
 * Env {@code GATEWAY_URL}, {@code KAFKA_BOOTSTRAP_SERVERS}.
 */
record BenchOptions(int rate, Duration duration, Duration warmup, boolean answer, int inFlight, Duration drain, URI gateway,
                    String kafka, boolean raw, List<Path> samples) {

    static final List<Path> DEFAULT_SAMPLES = List.of(Path.of("..", "shared", "samples", "appeals-sample.jsonl"));

    static BenchOptions parse(String[] args, Map<String, String> env) {
        int rate = 0;
        long seconds = 30;
        long warmup = 0;
        boolean answer = false;
        int inFlight = 128;
        long drain = 60;
        boolean raw = true;
        URI gateway = URI.create(env.getOrDefault("GATEWAY_URL", "http://localhost:8080"));
        String kafka = env.getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092");
        List<Path> samples = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rate" -> rate = Integer.parseInt(value(args, ++i));
                case "--seconds" -> seconds = Long.parseLong(value(args, ++i));
                case "--warmup-seconds" -> warmup = Long.parseLong(value(args, ++i));
                case "--answer" -> answer = true;
                case "--in-flight" -> inFlight = Integer.parseInt(value(args, ++i));
                case "--drain-seconds" -> drain = Long.parseLong(value(args, ++i));
                case "--gateway" -> gateway = URI.create(value(args, ++i));
                case "--kafka" -> kafka = value(args, ++i);
                case "--no-raw" -> raw = false;
                default -> {
                    if (args[i].startsWith("--")) {
                        throw new IllegalArgumentException("Unknown option " + args[i]);
                    }
                    samples.add(Path.of(args[i]));
                }
            }
        }
        if (rate < 0 || seconds < 1 || warmup < 0 || inFlight < 1) {
            throw new IllegalArgumentException("--rate and --warmup-seconds must be >= 0, --seconds and --in-flight >= 1");
        }
        return new BenchOptions(rate, Duration.ofSeconds(seconds), Duration.ofSeconds(warmup), answer, inFlight, Duration.ofSeconds(drain),
                gateway, kafka, raw, samples.isEmpty() ? DEFAULT_SAMPLES : List.copyOf(samples));
    }

    /** The same run for another length of time: the warm-up. */
    BenchOptions withDuration(Duration length) {
        return new BenchOptions(rate, length, Duration.ZERO, answer, inFlight, drain, gateway, kafka, raw, samples);
    }

    boolean flatOut() {
        return rate == 0;
    }

    String describe() {
        return (flatOut() ? "flat out (" + inFlight + " in flight)" : rate + " appeals/s") + " for "
                + duration.toSeconds() + " s" + (answer ? ", answering and approving each appeal" : "");
    }

    private static String value(String[] args, int index) {
        if (index >= args.length) {
            throw new IllegalArgumentException(args[index - 1] + " needs a value");
        }
        return args[index];
    }
}
