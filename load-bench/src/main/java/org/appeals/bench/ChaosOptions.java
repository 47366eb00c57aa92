package org.appeals.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The chaos run's command line: {@code [--seconds S] [--rate N] [--outage-seconds S] [--settle-seconds S]
 * [--drain-seconds S] [samples.jsonl ...]}. Sending lasts at least {@code --seconds} and until every part has been
 * killed and is healthy again; each part stays down {@code --outage-seconds}; {@code --settle-seconds} of steady load
 * come before the first kill, between two kills and after the last.
 */
record ChaosOptions(int rate, Duration duration, Duration outage, Duration settle, Duration drain, List<Path> samples) {

    static ChaosOptions parse(String[] args) {
        int rate = 10;
        long seconds = 120;
        long outage = 5;
        long settle = 10;
        long drain = 180;
        List<Path> samples = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rate" -> rate = Integer.parseInt(value(args, ++i));
                case "--seconds" -> seconds = Long.parseLong(value(args, ++i));
                case "--outage-seconds" -> outage = Long.parseLong(value(args, ++i));
                case "--settle-seconds" -> settle = Long.parseLong(value(args, ++i));
                case "--drain-seconds" -> drain = Long.parseLong(value(args, ++i));
                default -> {
                    if (args[i].startsWith("--")) {
                        throw new IllegalArgumentException("Unknown option " + args[i] + "; use --seconds S --rate N "
                                + "--outage-seconds S --settle-seconds S --drain-seconds S [samples.jsonl ...]");
                    }
                    samples.add(Path.of(args[i]));
                }
            }
        }
        if (rate < 1 || seconds < 1 || outage < 0 || settle < 0 || drain < 1) {
            throw new IllegalArgumentException("--rate, --seconds and --drain-seconds must be >= 1, "
                    + "--outage-seconds and --settle-seconds >= 0");
        }
        return new ChaosOptions(rate, Duration.ofSeconds(seconds), Duration.ofSeconds(outage),
                Duration.ofSeconds(settle), Duration.ofSeconds(drain),
                samples.isEmpty() ? BenchOptions.DEFAULT_SAMPLES : List.copyOf(samples));
    }

    String describe() {
        return rate + " appeals/s for at least " + duration.toSeconds() + " s, each part down " + outage.toSeconds()
                + " s after its SIGKILL, " + settle.toSeconds() + " s of steady load around each kill";
    }

    private static String value(String[] args, int index) {
        if (index >= args.length) {
            throw new IllegalArgumentException(args[index - 1] + " needs a value");
        }
        return args[index];
    }
}
