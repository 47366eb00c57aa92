package org.appeals.bench.console;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The console bench's command line: {@code [--appeals N] [--rounds N] [--warmup N] [--backlog N]
 * [--answer-percent P] [--settle-seconds S] [--quiet-seconds S] [--gateway URL] [--kafka HOST:PORT] [samples.jsonl ...]}.
 * Env {@code GATEWAY_URL}, {@code KAFKA_BOOTSTRAP_SERVERS}.
 *
 * @param appeals how many appeals the store should hold; only the shortfall is seeded
 * @param rounds timed requests per page
 * @param warmup untimed requests per page before them
 * @param backlog at most this many submitted appeals not yet worked off by every service (the seeding's throttle)
 * @param answerPercent the share of the seeded appeals answered (and half of them approved) after seeding
 * @param settle the longest wait for the stack to work off what was seeded
 * @param quiet the longest wait for the stack's CPU to calm down before timing
 */
record ConsoleBenchOptions(long appeals, int rounds, int warmup, int backlog, int answerPercent, Duration settle, Duration quiet,
                           URI gateway, String kafka, List<Path> samples) {

    static final List<Path> DEFAULT_SAMPLES = List.of(Path.of("..", "shared", "samples", "appeals-sample.jsonl"));

    static ConsoleBenchOptions parse(String[] args, Map<String, String> env) {
        long appeals = 50_000;
        int rounds = 20;
        int warmup = 3;
        int backlog = 5_000;
        int answerPercent = 1;
        long settle = 3_600;
        long quiet = 600;
        URI gateway = URI.create(env.getOrDefault("GATEWAY_URL", "http://localhost:8080"));
        String kafka = env.getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092");
        List<Path> samples = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--appeals" -> appeals = Long.parseLong(value(args, ++i));
                case "--rounds" -> rounds = Integer.parseInt(value(args, ++i));
                case "--warmup" -> warmup = Integer.parseInt(value(args, ++i));
                case "--backlog" -> backlog = Integer.parseInt(value(args, ++i));
                case "--answer-percent" -> answerPercent = Integer.parseInt(value(args, ++i));
                case "--settle-seconds" -> settle = Long.parseLong(value(args, ++i));
                case "--quiet-seconds" -> quiet = Long.parseLong(value(args, ++i));
                case "--gateway" -> gateway = URI.create(value(args, ++i));
                case "--kafka" -> kafka = value(args, ++i);
                default -> {
                    if (args[i].startsWith("--")) {
                        throw new IllegalArgumentException("Unknown option " + args[i]);
                    }
                    samples.add(Path.of(args[i]));
                }
            }
        }
        if (appeals < 0 || rounds < 1 || warmup < 0 || backlog < 1 || settle < 0 || quiet < 0 || answerPercent < 0
                || answerPercent > 100) {
            throw new IllegalArgumentException(
                    "--rounds and --backlog must be >= 1; --appeals, --warmup and the seconds >= 0; --answer-percent 0-100");
        }
        return new ConsoleBenchOptions(appeals, rounds, warmup, backlog, answerPercent, Duration.ofSeconds(settle),
                Duration.ofSeconds(quiet), gateway, kafka, samples.isEmpty() ? DEFAULT_SAMPLES : List.copyOf(samples));
    }

    private static String value(String[] args, int index) {
        if (index >= args.length) {
            throw new IllegalArgumentException(args[index - 1] + " needs a value");
        }
        return args[index];
    }
}
