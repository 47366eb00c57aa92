package org.appeals.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.appeals.support.testing.MongoWireServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The residents' side counted per client address: two requests a second (bursts of four) and one submission of the
 * form a minute. Each test sends from its own loopback address, so none spends another's allowance.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"appeals.demo=true", "appeals.gateway.public-rate-limit.requests-per-second=2",
                "appeals.gateway.public-rate-limit.form-submissions-per-minute=1"})
class ResidentLimitsIT {

    static final RecordingBackend intake = RecordingBackend.start();
    static final RecordingBackend residentWeb = RecordingBackend.start();
    static final MongoWireServer mongo = MongoWireServer.start();

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        registry.add("INTAKE_URL", intake::url);
        registry.add("RESIDENT_WEB_URL", residentWeb::url);
        registry.add("MONGODB_URI", mongo::uri);
        registry.add("OIDC_ISSUER_URI", () -> "http://127.0.0.1:" + FreePorts.any() + "/realms/appeals");
    }

    @AfterAll
    static void stop() {
        intake.close();
        residentWeb.close();
        mongo.close();
    }

    @LocalServerPort
    int port;

    @Test
    void anAddressOverItsRateIsToldToRetryLaterAndAMadeUpForwardedForDoesNotHelp() {
        List<RawHttp.Response> responses = untilRefused("127.0.0.11", "/appeal/34-2026-004217?code=7KQ2M9XD");

        assertThat(responses.subList(0, 4)).allMatch(r -> r.status() == 202);
        var limited = responses.get(responses.size() - 1);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isEqualTo("1");
        assertThat(limited.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(limited.body()).contains("\"status\":429").contains("повторите через 1 с");
        var disguised = RawHttp.sendFrom("127.0.0.11", port, "GET", "/form",
                Map.of("X-Forwarded-For", "198.51.100.23"), null);
        assertThat(disguised.status()).isEqualTo(429);
        assertThat(RawHttp.sendFrom("127.0.0.12", port, "GET", "/form", Map.of(), null).status()).isEqualTo(202);
    }

    @Test
    void thePublicApiIsCountedPerAddressTooButACallerWithAKeyByItsKey() {
        List<RawHttp.Response> responses = untilRefused("127.0.0.13", "/api/v1/public/appeals/34-2026-004217");

        assertThat(responses.get(responses.size() - 1).status()).isEqualTo(429);
        var withKey = RawHttp.sendFrom("127.0.0.13", port, "GET", "/api/v1/public/appeals/34-2026-004217",
                "demo-channel-web", null);
        assertThat(withKey.status()).isEqualTo(202);
    }

    @Test
    void aSecondSubmissionOfTheFormWithinTheMinuteIsRefusedWhilePagesStillOpen() {
        var first = RawHttp.sendFrom("127.0.0.14", port, "POST", "/form", Map.of(), "{}");
        var second = RawHttp.sendFrom("127.0.0.14", port, "POST", "/form", Map.of(), "{}");
        var page = RawHttp.sendFrom("127.0.0.14", port, "GET", "/form", Map.of(), null);

        assertThat(first.status()).isEqualTo(202);
        assertThat(second.status()).isEqualTo(429);
        assertThat(Long.parseLong(second.header("Retry-After"))).isBetween(2L, 60L);
        assertThat(second.body()).contains("Слишком много обращений с этого адреса");
        assertThat(page.status()).isEqualTo(202);
        assertThat(residentWeb.received()).extracting(RecordingBackend.Received::method).contains("POST", "GET");
    }

    // the bucket refills two requests a second: however slow this machine, a 429 comes within a few dozen requests
    private List<RawHttp.Response> untilRefused(String address, String path) {
        List<RawHttp.Response> responses = new ArrayList<>();
        while (responses.size() < 50 && (responses.isEmpty() || responses.get(responses.size() - 1).status() != 429)) {
            responses.add(RawHttp.sendFrom(address, port, "GET", path, Map.of(), null));
        }
        return responses;
    }
}
