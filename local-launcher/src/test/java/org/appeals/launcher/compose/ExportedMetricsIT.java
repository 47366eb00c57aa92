package org.appeals.launcher.compose;

import static org.assertj.core.api.Assertions.assertThat;
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
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.appeals.launcher.LocalStack;
import org.appeals.launcher.PlatformService;
import org.appeals.launcher.StackPorts;
import org.appeals.launcher.StackSettings;
import org.appeals.launcher.process.Ports;
import org.appeals.launcher.process.ServiceJars;
import org.appeals.launcher.stub.WebhookSecrets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every metric the Grafana dashboard and the Prometheus rules read is one the services really export. The source of
 * truth is the services themselves: the jars this build produced run as the local stack, an appeal goes through the
 * gateway, and each service's {@code /actuator/prometheus} is scraped. Business meters that Micrometer registers only
 * on their first event (a missed deadline, a dead letter, a parked delivery) may instead be declared under that name
 * in a service's code ({@link DeclaredMeters}); Boot's, Kafka's and MongoDB's metrics must be in the scrape.
 */
class ExportedMetricsIT {

    @TempDir
    Path local;

    @Test
    void everyMetricTheDashboardAndTheRulesReadIsExportedByTheRunningServices() throws Exception {
        Path repo = ServiceJars.repoRoot();
        Set<String> read = OpsQueries.read(repo.resolve("ops")).exportedNamesRead();
        DeclaredMeters declared = DeclaredMeters.in(repo);
        StackSettings settings = settings(repo);

        try (LocalStack stack = new LocalStack(settings, new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8)).start()) {
            assertThat(postAppeal(stack.gatewayUrl()).statusCode()).isEqualTo(202);

            // Kafka's per-partition lag shows up when Micrometer next refreshes the client's metrics (every 60s)
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(5)).untilAsserted(() -> {
                Set<String> scraped = scrape(settings.ports());
                Set<String> missing = new TreeSet<>(read);
                missing.removeIf(name -> scraped.contains(name)
                        || (name.startsWith("appeals_") && declared.declares(name)));
                assertThat(missing).as("metrics ops/ reads that no service exports").isEmpty();
            });
        }
        assertThat(read).contains("kafka_consumer_fetch_manager_records_lag", "http_server_requests_seconds_bucket",
                "mongodb_driver_commands_seconds_bucket", "kafka_producer_record_error_total",
                "appeals_dead_letters_total", "appeals_overdue_total", "appeals_by_state");
    }

    private static Set<String> scrape(StackPorts ports) throws Exception {
        Set<String> names = new TreeSet<>();
        // Keycloak is off here, so the console does not run (nor does ops/ read its metrics)
        for (PlatformService service : PlatformService.values()) {
            if (service == PlatformService.CONSOLE) {
                continue;
            }
            String body = get(URI.create("http://127.0.0.1:" + ports.of(service) + "/actuator/prometheus"));
            body.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("[{ ]", 2)[0]).forEach(names::add);
        }
        return names;
    }

    private static HttpResponse<String> postAppeal(URI gateway) throws Exception {
        String body = """
                {"channel":"VK","externalId":"wall-101_7001","text":"Яма на дороге в Михайловке на улице Ленина",
                 "author":{"id":"vk-7001","name":"Житель"},"replyTo":{"ownerId":"-101","postId":"7001"}}""";
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(gateway.resolve("/api/v1/appeals"))
                .header("X-Api-Key", "demo-channel-vk").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String get(URI uri) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private StackSettings settings(Path repo) {
        Map<PlatformService, Integer> services = new EnumMap<>(PlatformService.class);
        for (PlatformService service : PlatformService.values()) {
            services.put(service, Ports.free());
        }
        StackPorts ports = new StackPorts(Ports.free(), Ports.free(), Ports.free(), Ports.free(), Ports.free(),
                Ports.free(), Ports.free(), services);
        // a channel key is all this test needs: no people, so no Keycloak
        return new StackSettings(repo, local, ports, Duration.ofMinutes(5), StackSettings.DEMO_IDENTITY_SECRET,
                WebhookSecrets.demo(), false);
    }
}
