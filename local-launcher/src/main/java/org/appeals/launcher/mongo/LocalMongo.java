package org.appeals.launcher.mongo;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.appeals.embeddedmongo.EmbeddedMongoServer;
import org.appeals.launcher.process.Classpath;
import org.appeals.launcher.process.JavaProcess;

/** The embedded-mongo module's wire server as a child of the launcher, so it can be killed and started on its own. */
public final class LocalMongo {

    private LocalMongo() {
    }

    /** Starts the server on 127.0.0.1:{@code port} over {@code file}; {@code awaitPort} on it to know it is ready. */
    public static JavaProcess spawn(Path file, int port, Path logFile) {
        // C2 (no TieredStopAtLevel): its small hot loop compiles quickly (README, load benchmark item 5); 1 GB: the
        // in-memory indexes and H2's cache of 50,000 appeals (the console benchmark) thrashed the collector at 512 MB
        List<String> args = List.of("-Xms32m", "-Xmx1g", "-XX:+UseSerialGC",
                "-Dlog4j2.level=WARN", "-cp", Classpath.ofThisJvm(), EmbeddedMongoServer.class.getName(),
                "--file", file.toAbsolutePath().toString(), "--host", "127.0.0.1", "--port", Integer.toString(port));
        return JavaProcess.start("mongodb", args, Map.of(), logFile);
    }
}
