package org.appeals.embeddedmongo;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@link EmbeddedMongoServer#main} in a child JVM on this test's classpath, as the local launcher runs it, so a test can
 * SIGKILL the store without killing itself.
 */
final class ServerProcess {

    private final Process process;
    private final Path logFile;

    private ServerProcess(Process process, Path logFile) {
        this.process = process;
        this.logFile = logFile;
    }

    /** Starts the server on 127.0.0.1:{@code port} over {@code file} and waits until it accepts connections. */
    static ServerProcess start(Path file, int port, Path logFile) throws IOException {
        Files.createDirectories(logFile.getParent());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                EmbeddedMongoServer.class.getName(), "--file", file.toString(), "--port", Integer.toString(port)))
                .redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
        ServerProcess server = new ServerProcess(process, logFile);
        await().atMost(Duration.ofSeconds(60)).until(() -> server.accepts(port));
        return server;
    }

    /** SIGTERM: the shutdown hook closes the store. */
    void stop() throws InterruptedException {
        process.destroy();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGKILL: no shutdown hook runs, so the store is not closed and nothing pending is written. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    String log() throws IOException {
        return Files.readString(logFile);
    }

    private boolean accepts(int port) {
        if (!process.isAlive()) {
            throw new IllegalStateException("The server exited: " + logFile);
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A port nobody listens on right now. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
