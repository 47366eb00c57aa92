package org.appeals.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.appeals.launcher.stub.ChannelStub;

/**
 * Where the local stack keeps its data and logs, its ports, how long start-up may take and the webhook secret.
 * Environment: {@code APPEALS_LOCAL_DIR} ({@code <repo>/.local}; the benchmark keeps its own),
 * {@code APPEALS_START_TIMEOUT_SECONDS} (300), {@code WEBHOOK_SECRET} (demo-webhook-secret).
 */
public record StackSettings(Path repoRoot, Path localDir, StackPorts ports, Duration startTimeout,
                            String webhookSecret) {

    /** Data under {@code <repoRoot>/.local} (or {@code APPEALS_LOCAL_DIR}, relative to the repository), default ports. */
    public static StackSettings defaults(Path repoRoot, Map<String, String> env) {
        long timeout = Long.parseLong(env.getOrDefault("APPEALS_START_TIMEOUT_SECONDS", "300"));
        Path localDir = repoRoot.resolve(env.getOrDefault("APPEALS_LOCAL_DIR", ".local"));
        return new StackSettings(repoRoot, localDir, StackPorts.defaults(),
                Duration.ofSeconds(timeout), env.getOrDefault("WEBHOOK_SECRET", ChannelStub.DEFAULT_SECRET));
    }

    public Path logDir() {
        return localDir.resolve("logs");
    }

    public Path logFile(String name) {
        return logDir().resolve(name + ".log");
    }
}
