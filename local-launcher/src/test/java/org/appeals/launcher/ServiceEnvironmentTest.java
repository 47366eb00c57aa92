package org.appeals.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceEnvironmentTest {

    private final StackSettings settings = StackSettings.defaults(Path.of("/repo"), Map.of("WEBHOOK_SECRET", "s3cret"));

    @Test
    void everyServiceGetsItsPortKafkaAndMongo() {
        for (PlatformService service : PlatformService.values()) {
            assertThat(ServiceEnvironment.of(service, settings))
                    .containsEntry("SERVER_PORT", Integer.toString(service.defaultPort()))
                    .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092")
                    .containsEntry("MONGODB_URI", "mongodb://127.0.0.1:27017");
        }
    }

    @Test
    void theGatewayReachesTheFourServicesAndAcceptsDemoDepartmentKeys() {
        assertThat(ServiceEnvironment.of(PlatformService.GATEWAY, settings))
                .containsEntry("INTAKE_URL", "http://127.0.0.1:8081")
                .containsEntry("ROUTING_URL", "http://127.0.0.1:8082")
                .containsEntry("DEPARTMENT_URL", "http://127.0.0.1:8083")
                .containsEntry("NOTIFICATION_URL", "http://127.0.0.1:8084")
                .containsEntry("DEMO_DEPARTMENT_KEYS", "true");
    }

    @Test
    void notificationServicePostsToTheStubWithTheStubsSecret() {
        assertThat(ServiceEnvironment.of(PlatformService.NOTIFICATION, settings))
                .containsEntry("CHANNEL_WEBHOOK_BASE_URL", "http://127.0.0.1:8090/webhooks")
                .containsEntry("WEBHOOK_SECRET", "s3cret");
    }

    @Test
    void startTimeoutAndSecretComeFromTheEnvironment() {
        StackSettings custom = StackSettings.defaults(Path.of("/repo"), Map.of("APPEALS_START_TIMEOUT_SECONDS", "42"));

        assertThat(custom.startTimeout()).hasSeconds(42);
        assertThat(custom.webhookSecret()).isEqualTo("demo-webhook-secret");
        assertThat(custom.logFile("kafka")).isEqualTo(Path.of("/repo/.local/logs/kafka.log"));
    }

    @Test
    void dataDirectoryCanBeMovedSoTheBenchmarkKeepsItsOwn() {
        StackSettings bench = StackSettings.defaults(Path.of("/repo"), Map.of("APPEALS_LOCAL_DIR", ".local/bench"));

        assertThat(bench.localDir()).isEqualTo(Path.of("/repo/.local/bench"));
        assertThat(bench.logFile("mongodb")).isEqualTo(Path.of("/repo/.local/bench/logs/mongodb.log"));
    }
}
