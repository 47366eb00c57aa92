package org.appeals.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.appeals.launcher.fixtures.CrashingFixture;
import org.appeals.launcher.fixtures.HttpOkFixture;
import org.appeals.launcher.process.Classpath;
import org.appeals.launcher.process.JavaProcess;
import org.appeals.launcher.process.Ports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kill and restart of one child, as the fault-injection benchmark does it, on real child JVMs. */
class ChildRestartsIT {

    @TempDir
    Path logs;

    private final ChildRestarts restarts = new ChildRestarts();
    private final List<JavaProcess> started = new ArrayList<>();

    @AfterEach
    void stopChildren() {
        started.forEach(process -> process.stop(Duration.ofSeconds(5)));
    }

    @Test
    void killsAChildWithSigkillStartsItAgainOnItsPortAndKeepsTheKilledOnesLog() {
        int port = Ports.free();
        ChildRestarts.Recipe recipe = recipe("service", HttpOkFixture.class, port);
        JavaProcess first = track(restarts.start(recipe));
        recipe.awaitReady().accept(first);

        restarts.kill("service");

        assertThat(first.exitCode()).hasValue(137); // 128 + SIGKILL: no shutdown hook ran
        assertThat(restarts.unexpectedlyEnded()).isEmpty();
        List<JavaProcess> replaced = new ArrayList<>();
        JavaProcess second = track(restarts.restart("service", (old, fresh) -> replaced.addAll(List.of(old, fresh))));

        assertThat(second.pid()).isNotEqualTo(first.pid());
        assertThat(second.isAlive()).isTrue();
        assertThat(replaced).containsExactly(first, second);
        assertThat(logs.resolve("service-killed-" + first.pid() + ".log")).content().contains("fixture listening");
        assertThat(logs.resolve("service.log")).content().contains("fixture listening");
    }

    @Test
    void refusesToStartAgainAChildThatStillRuns() {
        ChildRestarts.Recipe recipe = recipe("service", HttpOkFixture.class, Ports.free());
        recipe.awaitReady().accept(track(restarts.start(recipe)));

        assertThatThrownBy(() -> restarts.restart("service", (old, fresh) -> { }))
                .hasMessageContaining("service still runs");
        assertThatThrownBy(() -> restarts.kill("gateway")).hasMessageContaining("No child named gateway");
    }

    @Test
    void aChildThatEndsByItselfIsAnUnexpectedDeath() {
        JavaProcess crashing = track(restarts.start(recipe("crashing", CrashingFixture.class, 0)));

        await().atMost(Duration.ofSeconds(30)).until(() -> !crashing.isAlive());

        assertThat(restarts.unexpectedlyEnded()).containsExactly("crashing");
    }

    private ChildRestarts.Recipe recipe(String name, Class<?> mainClass, int port) {
        List<String> args = List.of("-Xmx32m", "-cp", Classpath.ofThisJvm(), mainClass.getName(),
                Integer.toString(port));
        return new ChildRestarts.Recipe(name, () -> JavaProcess.start(name, args, Map.of(),
                logs.resolve(name + ".log")), process -> process.awaitHttpOk(
                URI.create("http://127.0.0.1:" + port + "/actuator/health"), Duration.ofSeconds(30)));
    }

    private JavaProcess track(JavaProcess process) {
        started.add(process);
        return process;
    }
}
