package org.appeals.launcher.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.appeals.launcher.fixtures.CrashingFixture;
import org.appeals.launcher.fixtures.HttpOkFixture;
import org.appeals.launcher.fixtures.StubbornFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaProcessIT {

    @TempDir
    Path logs;

    @Test
    void waitsForHttpOkReportsMemoryPassesEnvironmentAndStopsTheChild() throws Exception {
        int port = Ports.free();
        JavaProcess child = start("fixture", HttpOkFixture.class, Map.of("FIXTURE_GREETING", "hello"),
                Integer.toString(port));
        try {
            child.awaitHttpOk(URI.create("http://127.0.0.1:" + port + "/actuator/health"), Duration.ofSeconds(30));

            assertThat(child.isAlive()).isTrue();
            assertThat(child.residentMemoryBytes()).isGreaterThan(1024 * 1024);
            assertThat(get("http://127.0.0.1:" + port + "/env")).contains("FIXTURE_GREETING=hello");
            assertThat(Files.readString(child.logFile())).contains("fixture listening on " + port);
        } finally {
            child.stop(Duration.ofSeconds(10));
        }
        assertThat(child.isAlive()).isFalse();
        assertThat(child.residentMemoryBytes()).isZero();
    }

    @Test
    void failsFastWithTheLogTailWhenTheChildDiesBeforeAnswering() {
        JavaProcess child = start("crashing", CrashingFixture.class, Map.of());
        long startedAt = System.nanoTime();

        assertThatThrownBy(() -> child.awaitHttpOk(URI.create("http://127.0.0.1:" + Ports.free() + "/"),
                Duration.ofSeconds(120)))
                .hasMessageContaining("crashing exited with code 3")
                .hasMessageContaining("APPLICATION FAILED TO START: no bootstrap servers configured");
        assertThat(Duration.ofNanos(System.nanoTime() - startedAt)).isLessThan(Duration.ofSeconds(60));
        assertThat(child.exitCode()).hasValue(3);
    }

    @Test
    void killsAChildThatDoesNotEndWithinTheGraceAfterSigterm() {
        JavaProcess child = start("stubborn", StubbornFixture.class, Map.of());
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.readString(child.logFile()).contains("ready"));

        child.stop(Duration.ofSeconds(1));

        assertThat(child.isAlive()).isFalse();
        assertThat(child.logTail()).contains("got SIGTERM, not stopping");
        assertThat(child.exitCode()).hasValue(137); // 128 + SIGKILL
    }

    @Test
    void stopsWhatAScriptStartedAndCountsItsMemory() throws Exception {
        // as kc.sh does: the script runs the real work as its child and waits for it
        JavaProcess script = JavaProcess.startBinary("script", Path.of("/bin/bash"),
                List.of("-c", "sleep 300 & echo \"child $!\"; wait"), Map.of(), logs.resolve("script.log"));
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.readString(script.logFile()).contains("child "));
        long childPid = Long.parseLong(Files.readString(script.logFile()).replaceAll("(?s).*child (\\d+).*", "$1"));
        ProcessHandle child = ProcessHandle.of(childPid).orElseThrow();

        assertThat(script.residentMemoryBytes()).isGreaterThan(ProcStatus.residentBytes(script.pid()));
        script.stop(Duration.ofSeconds(5));

        assertThat(script.isAlive()).isFalse();
        await().atMost(Duration.ofSeconds(5)).until(() -> !child.isAlive());
    }

    private JavaProcess start(String name, Class<?> mainClass, Map<String, String> env, String... args) {
        List<String> javaArgs = new java.util.ArrayList<>(List.of("-Xmx32m", "-cp", Classpath.ofThisJvm(),
                mainClass.getName()));
        javaArgs.addAll(List.of(args));
        return JavaProcess.start(name, javaArgs, env, logs.resolve(name + ".log"));
    }

    private static String get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
