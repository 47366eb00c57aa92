package org.appeals.gateway;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import org.appeals.support.testing.MongoWireServer;
import org.appeals.support.testing.MovableClock;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway in demo mode on a random port in front of six real HTTP backends (the four services, the console and
 * resident-web)
 * that record what reaches them, its keys in a MongoDB-wire server, its clock movable. The identity provider is
 * configured but not running, as when the gateway starts before it. Subclasses share one application context, so the
 * backends are reset before each test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        classes = {GatewayApplication.class, GatewayTestBase.Clocks.class},
        properties = {"appeals.demo=true", "appeals.gateway.failed-auth.per-minute=1000"})
abstract class GatewayTestBase {

    static final RecordingBackend intake = RecordingBackend.start();
    static final RecordingBackend notification = RecordingBackend.start();
    static final RecordingBackend departments = RecordingBackend.start();
    static final RecordingBackend routing = RecordingBackend.start();
    static final RecordingBackend console = RecordingBackend.start();
    static final RecordingBackend residentWeb = RecordingBackend.start();
    static final MongoWireServer mongo = MongoWireServer.start();
    static final int idpPort = FreePorts.any();

    static final String VK = "demo-channel-vk";
    static final String OPERATOR = "demo-operator";
    static final String ADMIN = "demo-admin";
    static final String ROADS_DEPT = "demo-dept-mikhailovka-roads";

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        registry.add("INTAKE_URL", intake::url);
        registry.add("NOTIFICATION_URL", notification::url);
        registry.add("DEPARTMENT_URL", departments::url);
        registry.add("ROUTING_URL", routing::url);
        registry.add("CONSOLE_URL", console::url);
        registry.add("RESIDENT_WEB_URL", residentWeb::url);
        registry.add("MONGODB_URI", mongo::uri);
        registry.add("OIDC_ISSUER_URI", () -> "http://127.0.0.1:" + idpPort + "/realms/appeals");
    }

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @Autowired
    Clock clock;

    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void forgetEarlierRequests() {
        backends().forEach(RecordingBackend::reset);
        ((MovableClock) clock).reset();
    }

    static List<RecordingBackend> backends() {
        return List.of(intake, notification, departments, routing, console, residentWeb);
    }

    HttpRequest.Builder request(String pathAndQuery, String apiKey) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery));
        return apiKey == null ? builder : builder.header("X-Api-Key", apiKey);
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    double counted(String role, String route, String outcome) {
        Counter counter = meters.find("gateway.requests")
                .tags("role", role, "route", route, "outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    static boolean nothingReachedAnyBackend() {
        return backends().stream().allMatch(backend -> backend.received().isEmpty());
    }
}
