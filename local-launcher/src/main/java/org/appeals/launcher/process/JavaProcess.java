package org.appeals.launcher.process;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A child JVM run with this JVM's {@code java} binary, stdout and stderr going to one log file. On Linux the child
 * runs in its own session (setsid), so a terminal's Ctrl-C reaches only the parent: whoever starts a child stops it
 * ({@link #stop}), e.g. from a shutdown hook, which lets the launcher stop its children in order.
 */
public final class JavaProcess {

    private static final Duration POLL = Duration.ofMillis(500);
    private static final int TAIL_LINES = 40;

    private final String name;
    private final Process process;
    private final Path logFile;

    private JavaProcess(String name, Process process, Path logFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
    }

    /** Starts {@code java <javaArgs>} with {@code env} added to this JVM's environment; the log file is truncated. */
    public static JavaProcess start(String name, List<String> javaArgs, Map<String, String> env, Path logFile) {
        return launch(name, ChildCommand.of(javaArgs), env, logFile);
    }

    /** Starts a native binary (Prometheus) the same way, so the launcher watches and stops it like its JVMs. */
    public static JavaProcess startBinary(String name, Path binary, List<String> args, Path logFile) {
        return startBinary(name, binary, args, Map.of(), logFile);
    }

    /** A native binary or script (Keycloak's {@code kc.sh}) with {@code env} added to this JVM's environment. */
    public static JavaProcess startBinary(String name, Path binary, List<String> args, Map<String, String> env,
                                          Path logFile) {
        return launch(name, ChildCommand.ofBinary(binary, args), env, logFile);
    }

    private static JavaProcess launch(String name, List<String> command, Map<String, String> env, Path logFile) {
        Path log = logFile.toAbsolutePath();
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
            builder.environment().putAll(env);
            Process process = builder.start();
            process.getOutputStream().close(); // children never read stdin
            return new JavaProcess(name, process, log);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start " + name + ": " + e.getMessage(), e);
        }
    }

    /** Polls {@code url} until it answers 200; fails at once, with the log tail, if the process exits first. */
    public void awaitHttpOk(URI url, Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        awaitCondition("HTTP 200 from " + url, timeout, () -> Probes.answersOk(http, url));
    }

    /** Waits until something accepts TCP connections on {@code host:port}, failing fast if the process exits. */
    public void awaitPort(String host, int port, Duration timeout) {
        awaitCondition("port " + host + ":" + port + " open", timeout, () -> Probes.accepts(host, port));
    }

    /** Waits for the process to end by itself and returns its exit code; kills it after {@code timeout}. */
    public int awaitExit(Duration timeout) {
        if (!pause(timeout)) {
            process.destroyForcibly();
            throw failure(name + " did not finish within " + timeout);
        }
        return process.exitValue();
    }

    /** Completes when the process has ended, whatever the reason. */
    public CompletableFuture<JavaProcess> onExit() {
        return process.onExit().thenApply(ended -> this);
    }

    /** The exit code, or empty while the process runs. */
    public OptionalInt exitCode() {
        return process.isAlive() ? OptionalInt.empty() : OptionalInt.of(process.exitValue());
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * The resident set size from {@code /proc/<pid>/status} of the process and its descendants (a script's JVM is
     * its child); 0 when the process ended or /proc is not there.
     */
    public long residentMemoryBytes() {
        if (!isAlive()) {
            return 0;
        }
        return ProcStatus.residentBytes(process.pid())
                + process.descendants().mapToLong(child -> ProcStatus.residentBytes(child.pid())).sum();
    }

    /**
     * SIGTERM to the process and everything it started, then SIGKILL to whatever is still alive after {@code grace}.
     * A script such as {@code kc.sh} runs its JVM as a child: stopping the script alone could leave that JVM behind.
     */
    public void stop(Duration grace) {
        if (!process.isAlive()) {
            return;
        }
        // taken before the parent ends: once it has, its children are re-parented and no longer its descendants
        List<ProcessHandle> tree = process.descendants().toList();
        process.destroy();
        tree.forEach(ProcessHandle::destroy);
        boolean ended = pause(grace) && ProcessTree.awaitEnd(tree, Duration.ofSeconds(5));
        if (!ended) {
            process.destroyForcibly();
            tree.forEach(ProcessHandle::destroyForcibly);
            pause(Duration.ofSeconds(5));
            ProcessTree.awaitEnd(tree, Duration.ofSeconds(5));
        }
    }

    /**
     * SIGKILL, no grace, to the process and what it started, as a crash or the OOM killer would end it; returns once
     * it has ended. The fault-injection benchmark uses it; a normal stop is {@link #stop}.
     */
    public void kill() {
        List<ProcessHandle> tree = process.descendants().toList();
        process.destroyForcibly();
        tree.forEach(ProcessHandle::destroyForcibly);
        if (!pause(Duration.ofSeconds(30)) || !ProcessTree.awaitEnd(tree, Duration.ofSeconds(5))) {
            throw failure(name + " did not end within 30 s of SIGKILL");
        }
    }

    /** The last lines of the log file, for error messages. */
    public String logTail() {
        return LogTail.read(logFile, TAIL_LINES);
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public Path logFile() {
        return logFile;
    }

    private void awaitCondition(String what, Duration timeout, BooleanSupplier ready) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ready.getAsBoolean()) {
            if (!process.isAlive()) {
                throw failure(name + " exited with code " + process.exitValue() + " before " + what);
            }
            if (System.nanoTime() > deadline) {
                throw failure(name + " gave no " + what + " within " + timeout);
            }
            pause(POLL);
        }
    }

    /** Waits up to {@code time} for the process to exit (so a death ends the wait at once); true if it exited. */
    private boolean pause(Duration time) {
        try {
            return process.waitFor(time.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + name, e);
        }
    }

    private IllegalStateException failure(String message) {
        return new IllegalStateException(message + "; last lines of " + logFile + ":\n" + logTail());
    }

    @Override
    public String toString() {
        return name + "[pid " + process.pid() + "]";
    }
}
