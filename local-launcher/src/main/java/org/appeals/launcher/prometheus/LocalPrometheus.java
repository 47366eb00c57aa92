package org.appeals.launcher.prometheus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.appeals.launcher.process.JavaProcess;

/**
 * Runs Prometheus (Debian's {@code prometheus} package, or any binary named by {@code PROMETHEUS_BIN}) against the
 * local stack: {@code ops/prometheus/prometheus-local.yml} with the stack's real ports and the repository's rules, data
 * under {@code .local/prometheus}. {@code APPEALS_PROMETHEUS=off} leaves it out.
 */
public final class LocalPrometheus {

    private LocalPrometheus() {
    }

    /** The binary to run, or empty when it is not installed or switched off. */
    public static Optional<Path> binary(Map<String, String> env) {
        if ("off".equalsIgnoreCase(env.getOrDefault("APPEALS_PROMETHEUS", "on"))) {
            return Optional.empty();
        }
        if (env.containsKey("PROMETHEUS_BIN")) {
            return Optional.of(Path.of(env.get("PROMETHEUS_BIN"))).filter(Files::isExecutable);
        }
        return Stream.of(env.getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, "prometheus"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** Writes the configuration for these service ports and starts Prometheus on {@code 127.0.0.1:port}. */
    public static JavaProcess spawn(Path binary, Path repoRoot, Path dataDir, Map<Integer, Integer> servicePorts,
                                    int port, Path logFile) {
        Path config = writeConfig(repoRoot, dataDir, servicePorts);
        return JavaProcess.startBinary("prometheus", binary, List.of(
                "--config.file=" + config,
                "--storage.tsdb.path=" + dataDir.resolve("data").toAbsolutePath(),
                "--storage.tsdb.retention.time=2d",
                "--web.listen-address=127.0.0.1:" + port), logFile);
    }

    /**
     * prometheus-local.yml with each service's default port replaced by the port it runs on, and the rules taken from
     * the repository (Prometheus resolves {@code rule_files} against the config file's directory).
     */
    static Path writeConfig(Path repoRoot, Path dataDir, Map<Integer, Integer> servicePorts) {
        Path ops = repoRoot.resolve("ops/prometheus").toAbsolutePath();
        try {
            String config = Files.readString(ops.resolve("prometheus-local.yml"));
            for (Map.Entry<Integer, Integer> port : servicePorts.entrySet()) {
                config = config.replace("\"localhost:" + port.getKey() + "\"", "\"localhost:" + port.getValue() + "\"");
            }
            config = config.replace("  - rules/*.yml", "  - " + ops.resolve("rules") + "/*.yml");
            Files.createDirectories(dataDir);
            return Files.writeString(dataDir.resolve("prometheus.yml"), config).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
