package org.appeals.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.appeals.launcher.fixtures.HttpOkFixture;
import org.appeals.launcher.process.Ports;
import org.appeals.launcher.stub.WebhookSecrets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up refusals that happen before any child process runs. */
class LocalStackTest {

    @TempDir
    Path repo;

    @Test
    void refusesToStartAndTellsToBuildWhenAServiceJarIsMissing() throws Exception {
        Files.createFile(repo.resolve("mvnw"));
        LocalStack stack = new LocalStack(settings(Ports.free()), new PrintStream(new ByteArrayOutputStream()));

        assertThatThrownBy(stack::start).hasMessageContaining("intake-service-*-exec.jar")
                .hasMessageContaining("./mvnw -DskipTests install");
        assertThat(stack.processes()).isEmpty();
        assertThat(repo.resolve(".local")).doesNotExist();
    }

    @Test
    void refusesToStartWhenAPortIsTakenNamingWhatNeedsIt() throws Exception {
        FakeRepository.create(repo, HttpOkFixture.class);
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            LocalStack stack = new LocalStack(settings(taken.getLocalPort()), new PrintStream(new ByteArrayOutputStream()));

            assertThatThrownBy(stack::start).hasMessageContaining("Port " + taken.getLocalPort() + " (Kafka)")
                    .hasMessageContaining("already in use");
            assertThat(stack.processes()).isEmpty();
        }
    }

    private StackSettings settings(int kafkaPort) {
        Map<PlatformService, Integer> services = new EnumMap<>(PlatformService.class);
        for (PlatformService service : PlatformService.values()) {
            services.put(service, Ports.free());
        }
        return new StackSettings(repo, repo.resolve(".local"),
                new StackPorts(kafkaPort, Ports.free(), Ports.free(), Ports.free(), Ports.free(), Ports.free(),
                        Ports.free(), services),
                Duration.ofSeconds(5), "demo-test-identity-secret-0123456789abcdef", WebhookSecrets.demo(), false);
    }
}
