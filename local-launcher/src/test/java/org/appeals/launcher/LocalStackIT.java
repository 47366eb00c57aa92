package org.appeals.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.appeals.contracts.Channel;
import org.appeals.launcher.fixtures.CrashingFixture;
import org.appeals.launcher.fixtures.HttpOkFixture;
import org.appeals.launcher.process.JavaProcess;
import org.appeals.launcher.process.Ports;
import org.appeals.launcher.stub.WebhookSecrets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real launcher with real Kafka, MongoDB-wire server and stub children; the "services" are HTTP fixtures. */
class LocalStackIT {

    private static final String IDENTITY_SECRET = "demo-it-identity-secret-0123456789abcdef";

    @TempDir
    Path repo;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @Test
    void startsEverythingWiresTheServicesPrintsTheBannerAndStopsInReverseOrder() throws Exception {
        FakeRepository.create(repo, HttpOkFixture.class);
        StackSettings settings = settings();
        LocalStack stack = new LocalStack(settings, out());
        List<JavaProcess> processes;
        try {
            stack.start();
            processes = stack.processes();

            assertThat(processes).extracting(JavaProcess::name).containsExactly("kafka", "mongodb", "channel-stub",
                    "mail-server", "intake-service", "routing-service", "department-service", "notification-service",
                    "email-channel", "vk-channel", "telegram-channel", "ok-channel", "gateway", "resident-web");
            assertThat(processes).allMatch(JavaProcess::isAlive);
            StackPorts ports = settings.ports();
            assertThat(get(ports.of(PlatformService.GATEWAY), "/env"))
                    .contains("INTAKE_URL=http://127.0.0.1:" + ports.of(PlatformService.INTAKE) + "\n")
                    .contains("NOTIFICATION_URL=http://127.0.0.1:" + ports.of(PlatformService.NOTIFICATION) + "\n")
                    .contains("OIDC_ISSUER_URI=http://localhost:" + ports.keycloak() + "/realms/appeals\n")
                    .contains("APPEALS_IDENTITY_SECRET=" + IDENTITY_SECRET + "\n").contains("APPEALS_DEMO=true\n")
                    .doesNotContain("DEMO_DEPARTMENT_KEYS");
            assertThat(get(ports.of(PlatformService.NOTIFICATION), "/env"))
                    .contains("CHANNEL_WEBHOOK_BASE_URL=http://127.0.0.1:" + ports.stub() + "/webhooks\n")
                    .contains("WEBHOOK_SECRET_VK=" + WebhookSecrets.demo().of(Channel.VK).orElseThrow() + "\n")
                    .contains("APPEALS_IDENTITY_SECRET=" + IDENTITY_SECRET + "\n")
                    .contains("KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:" + ports.kafka() + "\n")
                    .contains("MONGODB_URI=mongodb://127.0.0.1:" + ports.mongo() + "\n")
                    .contains("SERVER_PORT=" + ports.of(PlatformService.NOTIFICATION) + "\n");
            assertThat(get(ports.stub(), "/webhooks")).isEqualTo("[]");
            assertThat(get(ports.of(PlatformService.EMAIL_CHANNEL), "/env"))
                    .contains("IMAP_PORT=" + ports.imap() + "\n").contains("SMTP_PORT=" + ports.smtp() + "\n")
                    .contains("IMAP_USERNAME=appeals@appeals.local\n");
            assertThat(Ports.isFree(ports.smtp())).as("the mail server's SMTP port is taken").isFalse();
            assertThat(printed()).contains("Appeals platform is up after")
                    .contains("http://localhost:" + ports.of(PlatformService.GATEWAY))
                    .contains("demo-channel-telegram").contains("Keycloak      off (APPEALS_KEYCLOAK=off)")
                    .contains(settings.logDir().toString()).containsPattern("hold [1-9]\\d* MiB resident memory");
        } finally {
            stack.close();
        }
        assertThat(processes).noneMatch(JavaProcess::isAlive);
        String output = printed();
        assertThat(output.indexOf("stopped gateway")).isLessThan(output.indexOf("stopped channel-stub"));
        assertThat(output.indexOf("stopped email-channel")).isLessThan(output.indexOf("stopped mail-server"));
        assertThat(output.indexOf("stopped channel-stub")).isLessThan(output.indexOf("stopped mongodb"));
        assertThat(output.indexOf("stopped mongodb")).isLessThan(output.indexOf("stopped kafka"));
        assertThat(settings.logFile("kafka")).isNotEmptyFile();
    }

    @Test
    void aServiceDyingDuringStartUpStopsEverythingAndShowsItsLogTail() throws Exception {
        FakeRepository.create(repo, HttpOkFixture.class);
        FakeRepository.replaceJar(repo, PlatformService.ROUTING, CrashingFixture.class);
        StackSettings settings = settings();
        LocalStack stack = new LocalStack(settings, out());

        assertThatThrownBy(stack::start)
                .hasMessageContaining("routing-service exited with code 3")
                .hasMessageContaining("APPLICATION FAILED TO START");

        assertThat(stack.processes()).isEmpty();
        StackPorts ports = settings.ports();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(List.of(ports.kafka(), ports.mongo(),
                ports.stub(), ports.of(PlatformService.GATEWAY), ports.of(PlatformService.INTAKE)))
                .allMatch(Ports::isFree));
        assertThat(printed()).contains("stopped kafka").doesNotContain("Appeals platform is up");
    }

    private StackSettings settings() {
        Map<PlatformService, Integer> services = new EnumMap<>(PlatformService.class);
        for (PlatformService service : PlatformService.values()) {
            services.put(service, Ports.free());
        }
        StackPorts ports = new StackPorts(Ports.free(), Ports.free(), Ports.free(), Ports.free(), Ports.free(),
                Ports.free(), Ports.free(), services);
        // Keycloak off: LocalKeycloakIT starts it; here it would only add a minute
        return new StackSettings(repo, repo.resolve(".local"), ports, Duration.ofSeconds(90), IDENTITY_SECRET,
                WebhookSecrets.demo(), false);
    }

    private PrintStream out() {
        return new PrintStream(printed, true, StandardCharsets.UTF_8);
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    private static String get(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
