package org.appeals.launcher.samples;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** The sample sender's command line: {@code [file] [--gateway <url>] [--timeout-seconds <n>]}. */
record SenderOptions(Path file, URI gateway, Duration timeout) {

    static final Path DEFAULT_FILE = Path.of("..", "shared", "samples", "appeals-sample.jsonl");

    static SenderOptions parse(String[] args, Map<String, String> env) {
        Path file = DEFAULT_FILE;
        URI gateway = URI.create(env.getOrDefault("GATEWAY_URL", "http://localhost:8080"));
        Duration timeout = Duration.ofSeconds(30);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--gateway" -> gateway = URI.create(value(args, ++i));
                case "--timeout-seconds" -> timeout = Duration.ofSeconds(Long.parseLong(value(args, ++i)));
                default -> file = Path.of(args[i]);
            }
        }
        return new SenderOptions(file, gateway, timeout);
    }

    private static String value(String[] args, int index) {
        if (index >= args.length) {
            throw new IllegalArgumentException(args[index - 1] + " needs a value");
        }
        return args[index];
    }
}
