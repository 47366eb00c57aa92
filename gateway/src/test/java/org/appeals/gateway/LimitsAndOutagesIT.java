package org.appeals.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.appeals.gateway.keys.TestKeys;
import org.appeals.support.testing.MongoWireServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A strict gateway as in production: no demo mode (so no demo keys), one request a second per caller, three
 * invalid credentials a minute per address, and the routing service down. Requests that present invalid
 * credentials come from their own loopback addresses, so no test spends another's allowance.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"appeals.gateway.rate-limit.requests-per-second=1", "appeals.demo=false",
                "appeals.gateway.failed-auth.per-minute=3"})
class LimitsAndOutagesIT {

    static final RecordingBackend intake = RecordingBackend.start();
    static final MongoWireServer mongo = MongoWireServer.start();

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        registry.add("INTAKE_URL", intake::url);
        registry.add("ROUTING_URL", () -> "http://127.0.0.1:" + FreePorts.any());
        registry.add("MONGODB_URI", mongo::uri);
        registry.add("OIDC_ISSUER_URI", () -> "http://127.0.0.1:" + FreePorts.any() + "/realms/appeals");
    }

    @AfterAll
    static void stop() {
        intake.close();
        mongo.close();
    }

    static String okAdapter;
    static String emailAdapter;
    static String admin;

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @Autowired
    ApplicationContext context;

    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void issueKeysOnce() {
        if (admin == null) {
            okAdapter = TestKeys.issue(context, "ok-adapter", "CHANNEL", "OK", null);
            emailAdapter = TestKeys.issue(context, "email-adapter", "CHANNEL", "EMAIL", null);
            admin = TestKeys.issue(context, "platform-admin", "ADMIN", null, null);
        }
    }

    @Test
    void callerOverItsRateIsToldToRetryLaterWhileOtherCallersGoOn() throws Exception {
        List<HttpResponse<String>> responses = new ArrayList<>();
        // the bucket refills one request a second: however slow this machine, a 429 comes within a few requests
        while (responses.size() < 20 && (responses.isEmpty() || responses.get(responses.size() - 1).statusCode() != 429)) {
            responses.add(get("/api/v1/appeals/" + UUID.randomUUID(), okAdapter));
        }

        assertThat(responses.subList(0, 2)).allMatch(r -> r.statusCode() == 202);
        var limited = responses.get(responses.size() - 1);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(limited.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(limited.body()).contains("\"status\":429").contains("retry");
        assertThat(get("/api/v1/appeals/" + UUID.randomUUID(), emailAdapter).statusCode()).isEqualTo(202);
        assertThat(meters.get("gateway.requests").tags("role", "channel", "outcome", "rate_limited").counter().count())
                .isEqualTo(1);
    }

    @Test
    void demoKeysAndDemoDepartmentKeysAreUnknownOutsideDemoMode() {
        var department = RawHttp.sendFrom("127.0.0.4", port, "GET", "/api/v1/departments/mikhailovka-roads/appeals",
                "demo-dept-mikhailovka-roads", null);
        var demoAdmin = RawHttp.sendFrom("127.0.0.4", port, "GET", "/api/v1/triage", "demo-admin", null);

        assertThat(department.status()).isEqualTo(401);
        assertThat(department.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(demoAdmin.status()).isEqualTo(401);
    }

    @Test
    void wrongKeysAreThrottledPerSourceAddressBeforeTheNextKeyIsLookedAt() {
        for (int i = 0; i < 3; i++) {
            var wrong = RawHttp.sendFrom("127.0.0.2", port, "GET", "/api/v1/appeals/a-1", "apk_guess-" + i, null);
            assertThat(wrong.status()).as("guess %d", i).isEqualTo(401);
        }

        // even a valid key is refused now: the address is stopped before its key is hashed or looked up
        var blocked = RawHttp.sendFrom("127.0.0.2", port, "GET", "/api/v1/appeals/a-1", okAdapter, null);
        var elsewhere = RawHttp.sendFrom("127.0.0.3", port, "GET", "/api/v1/appeals/a-1", emailAdapter, null);

        assertThat(blocked.status()).isEqualTo(429);
        assertThat(Long.parseLong(blocked.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(blocked.body()).contains("Too many invalid keys or tokens from this address")
                .doesNotContain(okAdapter);
        assertThat(elsewhere.status()).isEqualTo(202);
    }

    @Test
    void backendThatIsDownIsAServiceUnavailableProblem() throws Exception {
        var response = get("/api/v1/triage", admin);

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
}
