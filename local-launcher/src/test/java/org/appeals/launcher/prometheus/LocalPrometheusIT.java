package org.appeals.launcher.prometheus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.appeals.launcher.process.JavaProcess;
import org.appeals.launcher.process.Ports;
import org.appeals.launcher.process.ServiceJars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real Prometheus binary (where installed, as .ci/run does) with the generated config and the repository's rules. */
class LocalPrometheusIT {

    @TempDir
    Path dir;

    @Test
    void prometheusStartsWithThePlatformsAlertsAndScrapesTheServicesOnTheirPorts() throws Exception {
        Optional<Path> binary = LocalPrometheus.binary(System.getenv());
        assumeThat(binary).as("prometheus binary on PATH").isPresent();
        int port = Ports.free();
        int routing = Ports.free();

        JavaProcess prometheus = LocalPrometheus.spawn(binary.get(), ServiceJars.repoRoot(), dir,
                Map.of(8082, routing), port, dir.resolve("prometheus.log"));
        try {
            prometheus.awaitHttpOk(URI.create("http://127.0.0.1:" + port + "/-/ready"), Duration.ofSeconds(60));

            assertThat(get(port, "/api/v1/rules")).contains("\"RecordsDeadLettered\"").contains("\"ServiceDown\"")
                    .contains("\"department:appeals_backlog:sum\"");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(get(port, "/api/v1/targets"))
                    .contains("localhost:" + routing).contains("\"service\":\"routing-service\""));
        } finally {
            prometheus.stop(Duration.ofSeconds(10));
        }
    }

    private static String get(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
