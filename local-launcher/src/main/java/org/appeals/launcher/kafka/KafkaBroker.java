package org.appeals.launcher.kafka;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.appeals.launcher.process.Classpath;
import org.appeals.launcher.process.JavaProcess;

/** A single-node Apache Kafka (KRaft, broker and controller in one JVM) run as a child process. */
public final class KafkaBroker {

    private static final List<String> JVM_FLAGS =
            List.of("-Xms64m", "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true");

    private final JavaProcess process;
    private final int brokerPort;

    private KafkaBroker(JavaProcess process, int brokerPort) {
        this.process = process;
        this.brokerPort = brokerPort;
    }

    /**
     * Formats {@code dataDir} the first time (the cluster id is generated once and kept there), then starts the
     * broker on 127.0.0.1:{@code brokerPort} with its controller on {@code controllerPort} without waiting for it
     * (see {@link #awaitReady}). Logs go to {@code <logDir>/kafka.log}.
     */
    public static KafkaBroker start(Path dataDir, Path logDir, int brokerPort, int controllerPort) {
        BrokerFiles files = BrokerFiles.write(dataDir, brokerPort, controllerPort);
        if (!files.isFormatted()) {
            format(files, logDir.resolve("kafka-storage.log"));
        }
        JavaProcess process = JavaProcess.start("kafka",
                javaArgs(files, "kafka.Kafka", files.serverProperties().toString()), Map.of(),
                logDir.resolve("kafka.log"));
        return new KafkaBroker(process, brokerPort);
    }

    /** Waits until the broker accepts connections; fails with its log tail if it exits first. */
    public KafkaBroker awaitReady(Duration timeout) {
        process.awaitPort("127.0.0.1", brokerPort, timeout);
        return this;
    }

    /** {@code 127.0.0.1:<port>}, for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return "127.0.0.1:" + brokerPort;
    }

    public JavaProcess process() {
        return process;
    }

    /** Controlled shutdown on SIGTERM; killed after {@code grace}. */
    public void stop(Duration grace) {
        process.stop(grace);
    }

    private static void format(BrokerFiles files, Path log) {
        JavaProcess storage = JavaProcess.start("kafka-storage", javaArgs(files, "kafka.tools.StorageTool", "format",
                "--cluster-id", files.clusterId(), "--config", files.serverProperties().toString(), "--standalone"),
                Map.of(), log);
        int exitCode = storage.awaitExit(Duration.ofSeconds(90));
        if (exitCode != 0) {
            throw new IllegalStateException("Formatting Kafka storage failed (exit " + exitCode + "):\n"
                    + storage.logTail());
        }
    }

    private static List<String> javaArgs(BrokerFiles files, String mainClass, String... args) {
        List<String> javaArgs = new ArrayList<>(JVM_FLAGS);
        javaArgs.add("-Dlog4j2.configurationFile=" + files.log4jConfig());
        javaArgs.addAll(List.of("-cp", Classpath.ofThisJvm(), mainClass));
        javaArgs.addAll(List.of(args));
        return javaArgs;
    }
}
