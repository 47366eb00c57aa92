package org.appeals.launcher.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.kafka.common.Uuid;

/** The broker's files under its data directory: configuration, log4j 2 setup, cluster id and the log directory. */
record BrokerFiles(Path dataDir, String clusterId) {

    static BrokerFiles write(Path dataDir, int brokerPort, int controllerPort) {
        Path dir = dataDir.toAbsolutePath();
        try {
            Files.createDirectories(dir);
            BrokerFiles files = new BrokerFiles(dir, clusterId(dir.resolve("cluster.id")));
            Files.writeString(files.serverProperties(),
                    BrokerConfig.serverProperties(files.logDirs(), brokerPort, controllerPort));
            Files.writeString(files.log4jConfig(), BrokerConfig.log4jProperties());
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare Kafka's files in " + dir, e);
        }
    }

    Path serverProperties() {
        return dataDir.resolve("server.properties");
    }

    Path log4jConfig() {
        return dataDir.resolve("log4j2.properties");
    }

    Path logDirs() {
        return dataDir.resolve("data");
    }

    /** KRaft writes meta.properties when formatting; formatting twice would fail, so it happens once. */
    boolean isFormatted() {
        return Files.exists(logDirs().resolve("meta.properties"));
    }

    /** The cluster id kept next to the data, generated the first time. */
    private static String clusterId(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file).trim();
        }
        String id = Uuid.randomUuid().toString();
        Files.writeString(file, id + "\n");
        return id;
    }
}
