package org.appeals.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.appeals.launcher.process.JavaProcess;
import org.appeals.launcher.process.ServiceJars;

/**
 * The five services and the e-mail channel as separate JVM processes, started from their built jars, on the given
 * Kafka broker and MongoDB-wire server, each on a free port; the gateway in front. Logs go to target/e2e-logs.
 */
final class RunningPlatform implements AutoCloseable {

    static final String WEBHOOK_SECRET = "e2e-webhook-secret";
    private static final List<String> JVM_FLAGS =
            List.of("-Xms64m", "-Xmx320m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private final List<JavaProcess> processes = new ArrayList<>();
    private final Map<String, Integer> ports = new LinkedHashMap<>();

    /** {@code mailEnvironment}: the e-mail channel's mailbox and SMTP server ({@link MailServer}). */
    RunningPlatform(String kafkaBrokers, String mongoUri, String webhookBaseUrl, Map<String, String> mailEnvironment) {
        for (String module : List.of("intake-service", "routing-service", "department-service",
                "notification-service", "email-channel", "gateway")) {
            ports.put(module, freePort());
        }
        Map<String, String> common = Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafkaBrokers,
                "MONGODB_URI", mongoUri,
                "CHANNEL_WEBHOOK_BASE_URL", webhookBaseUrl,
                "WEBHOOK_SECRET", WEBHOOK_SECRET,
                "INTAKE_URL", url("intake-service"),
                "ROUTING_URL", url("routing-service"),
                "DEPARTMENT_URL", url("department-service"),
                "NOTIFICATION_URL", url("notification-service"),
                "DEMO_DEPARTMENT_KEYS", "true");
        ports.keySet().forEach(module -> start(module, module.equals("email-channel")
                ? merged(common, mailEnvironment) : common));
        ports.keySet().forEach(module -> process(module).awaitHttpOk(
                URI.create(url(module) + "/actuator/health"), Duration.ofMinutes(4)));
    }

    String gatewayUrl() {
        return url("gateway");
    }

    String url(String module) {
        return "http://127.0.0.1:" + ports.get(module);
    }

    private void start(String module, Map<String, String> common) {
        Path root = ServiceJars.repoRoot();
        Map<String, String> env = new LinkedHashMap<>(common);
        env.put("SERVER_PORT", String.valueOf(ports.get(module)));
        List<String> args = new ArrayList<>(JVM_FLAGS);
        args.add("-jar");
        args.add(ServiceJars.locate(root, module).toString());
        processes.add(JavaProcess.start(module, args, env, logDirectory(root).resolve(module + ".log")));
    }

    private static Map<String, String> merged(Map<String, String> common, Map<String, String> own) {
        Map<String, String> env = new LinkedHashMap<>(common);
        env.putAll(own);
        return env;
    }

    private JavaProcess process(String module) {
        return processes.get(new ArrayList<>(ports.keySet()).indexOf(module));
    }

    private static Path logDirectory(Path root) {
        try {
            return Files.createDirectories(root.resolve("e2e-tests/target/e2e-logs"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        for (int i = processes.size() - 1; i >= 0; i--) {
            processes.get(i).stop(Duration.ofSeconds(10));
        }
    }
}
