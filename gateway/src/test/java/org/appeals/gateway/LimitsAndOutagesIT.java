package org.appeals.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A strict gateway: one request a second per key, demo department keys off, and the routing service down. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"appeals.gateway.rate-limit.requests-per-second=1", "appeals.gateway.demo-department-keys=false"})
class LimitsAndOutagesIT {

    static final RecordingBackend intake = RecordingBackend.start();
    static final int deadPort = freePort();

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        registry.add("INTAKE_URL", intake::url);
        registry.add("ROUTING_URL", () -> "http://127.0.0.1:" + deadPort);
    }

    @AfterAll
    static void stopBackend() {
        intake.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void keyOverItsRateIsToldToRetryLaterWhileOtherKeysGoOn() throws Exception {
        List<HttpResponse<String>> responses = new ArrayList<>();
        // the bucket refills one request a second: however slow this machine, a 429 comes within a few requests
        while (responses.size() < 20 && (responses.isEmpty() || responses.get(responses.size() - 1).statusCode() != 429)) {
            responses.add(get("/api/v1/appeals/" + UUID.randomUUID(), "demo-channel-ok"));
        }

        assertThat(responses.subList(0, 2)).allMatch(r -> r.statusCode() == 202);
        var limited = responses.get(responses.size() - 1);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(limited.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(limited.body()).contains("\"status\":429").contains("retry");
        assertThat(get("/api/v1/appeals/" + UUID.randomUUID(), "demo-channel-email").statusCode()).isEqualTo(202);
        assertThat(meters.get("gateway.requests").tags("role", "channel", "outcome", "rate_limited").counter().count())
                .isEqualTo(1);
    }

    @Test
    void demoDepartmentKeysAreUnknownUnlessEnabled() throws Exception {
        var response = get("/api/v1/departments/mikhailovka-roads/appeals", "demo-dept-mikhailovka-roads");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void backendThatIsDownIsAServiceUnavailableProblem() throws Exception {
        var response = get("/api/v1/triage", "demo-admin");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":503").contains("cannot be reached")
                .doesNotContain("Exception").doesNotContain("127.0.0.1");
        assertThat(meters.get("gateway.requests").tags("role", "admin", "route", "routing", "outcome", "unavailable")
                .counter().count()).isEqualTo(1);
    }

    private HttpResponse<String> get(String path, String apiKey) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-Api-Key", apiKey).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
