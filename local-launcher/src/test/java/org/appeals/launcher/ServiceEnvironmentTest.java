package org.appeals.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.appeals.contracts.Channel;
import org.appeals.launcher.stub.WebhookSecrets;
import org.junit.jupiter.api.Test;

class ServiceEnvironmentTest {

    private final StackSettings settings = StackSettings.defaults(Path.of("/repo"), Map.of());

    @Test
    void everyServiceGetsItsPortKafkaMongoAndTheDemoIdentitySecret() {
        for (PlatformService service : PlatformService.values()) {
            if (service == PlatformService.CONSOLE || service == PlatformService.RESIDENT_WEB
                    || service.network().isPresent()) {
                continue;
            }
            assertThat(ServiceEnvironment.of(service, settings))
                    .containsEntry("SERVER_PORT", Integer.toString(service.defaultPort()))
                    .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092")
                    .containsEntry("MONGODB_URI", "mongodb://127.0.0.1:27017")
                    .containsEntry("APPEALS_DEMO", "true")
                    .containsEntry("APPEALS_IDENTITY_SECRET", StackSettings.DEMO_IDENTITY_SECRET);
        }
        // Secrets.require accepts a demo- value only in demo mode, and HS256 wants at least 32 bytes
        assertThat(StackSettings.DEMO_IDENTITY_SECRET).startsWith("demo-").hasSizeGreaterThanOrEqualTo(32);
    }

    @Test
    void theGatewayReachesTheFourServicesAndTrustsTheLocalKeycloak() {
        assertThat(ServiceEnvironment.of(PlatformService.GATEWAY, settings))
                .containsEntry("INTAKE_URL", "http://127.0.0.1:8081")
                .containsEntry("ROUTING_URL", "http://127.0.0.1:8082")
                .containsEntry("DEPARTMENT_URL", "http://127.0.0.1:8083")
                .containsEntry("NOTIFICATION_URL", "http://127.0.0.1:8084")
                .containsEntry("CONSOLE_URL", "http://127.0.0.1:8086")
                .containsEntry("RESIDENT_WEB_URL", "http://127.0.0.1:8087")
                .containsEntry("OIDC_ISSUER_URI", "http://localhost:8180/realms/appeals")
                .doesNotContainKey("DEMO_DEPARTMENT_KEYS");
    }

    @Test
    void theConsoleCallsTheGatewayAndLogsPeopleInAtTheLocalKeycloakWithNoSecretOfTheServices() {
        assertThat(ServiceEnvironment.of(PlatformService.CONSOLE, settings))
                .containsEntry("SERVER_PORT", "8086")
                .containsEntry("GATEWAY_URL", "http://localhost:8080")
                .containsEntry("OIDC_ISSUER_URI", "http://localhost:8180/realms/appeals")
                .containsEntry("APPEALS_DEMO", "true")
                .doesNotContainKeys("APPEALS_IDENTITY_SECRET", "KAFKA_BOOTSTRAP_SERVERS", "MONGODB_URI");
        assertThat(PlatformService.CONSOLE.health(8086)).hasToString("http://localhost:8086/console/actuator/health");
    }

    @Test
    void theConsoleRunsAfterTheGatewayAndOnlyWithKeycloak() {
        assertThat(settings.services()).endsWith(PlatformService.GATEWAY, PlatformService.CONSOLE,
                PlatformService.RESIDENT_WEB);
        assertThat(StackSettings.defaults(Path.of("/repo"), Map.of("APPEALS_KEYCLOAK", "off")).services())
                .doesNotContain(PlatformService.CONSOLE).contains(PlatformService.GATEWAY, PlatformService.RESIDENT_WEB,
                        PlatformService.EMAIL_CHANNEL, PlatformService.VK_CHANNEL, PlatformService.TELEGRAM_CHANNEL,
                        PlatformService.OK_CHANNEL)
                .hasSize(PlatformService.values().length - 1);
    }

    @Test
    void theResidentsPagesPostWithTheDemoWebKeyThroughTheGatewayAndKeepPhotosInMongo() {
        assertThat(ServiceEnvironment.of(PlatformService.RESIDENT_WEB, settings))
                .containsEntry("SERVER_PORT", "8087")
                .containsEntry("GATEWAY_URL", "http://localhost:8080")
                .containsEntry("RESIDENT_WEB_API_KEY", "demo-channel-web")
                .containsEntry("RESIDENT_WEB_PUBLIC_URL", "http://localhost:8080")
                .containsEntry("MONGODB_URI", "mongodb://127.0.0.1:27017")
                .containsEntry("APPEALS_DEMO", "true")
                .doesNotContainKeys("APPEALS_IDENTITY_SECRET", "KAFKA_BOOTSTRAP_SERVERS");
    }

    @Test
    void intakeDerivesAccessCodesFromADemoKeyAndNotificationLinksThePublicPages() {
        assertThat(ServiceEnvironment.of(PlatformService.INTAKE, settings).get("APPEALS_INTAKE_ACCESS_CODE_KEY"))
                .startsWith("demo-").hasSizeGreaterThanOrEqualTo(32);
        assertThat(ServiceEnvironment.of(PlatformService.NOTIFICATION, settings))
                .containsEntry("NOTIFICATION_PUBLIC_URL", "http://localhost:8080");
    }

    @Test
    void notificationServicePostsToTheStubWithEachChannelsOwnDemoSecret() {
        Map<String, String> env = ServiceEnvironment.of(PlatformService.NOTIFICATION, settings);

        assertThat(env).containsEntry("CHANNEL_WEBHOOK_BASE_URL", "http://127.0.0.1:8090/webhooks")
                .doesNotContainKey("WEBHOOK_SECRET");
        for (Channel channel : Channel.values()) {
            assertThat(env.get("WEBHOOK_SECRET_" + channel.name())).startsWith("demo-").hasSizeGreaterThanOrEqualTo(32);
        }
        assertThat(env.get("WEBHOOK_SECRET_VK")).isNotEqualTo(env.get("WEBHOOK_SECRET_OK"));
    }

    @Test
    void theEmailChannelPollsTheCentresMailboxOnTheLocalMailServerAndRepliesThroughItsSmtp() {
        assertThat(ServiceEnvironment.of(PlatformService.EMAIL_CHANNEL, settings))
                .containsEntry("SERVER_PORT", "8085")
                .containsEntry("IMAP_HOST", "127.0.0.1")
                .containsEntry("IMAP_PORT", "3143")
                .containsEntry("IMAP_USERNAME", "appeals@appeals.local")
                .containsEntry("SMTP_HOST", "127.0.0.1")
                .containsEntry("SMTP_PORT", "3025")
                .containsEntry("EMAIL_FROM", "appeals@appeals.local")
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092")
                .containsEntry("APPEALS_IDENTITY_SECRET", StackSettings.DEMO_IDENTITY_SECRET);
        // the e-mail channel accepts a demo- mailbox password only with APPEALS_DEMO=true, which the local run sets
        assertThat(ServiceEnvironment.of(PlatformService.EMAIL_CHANNEL, settings).get("IMAP_PASSWORD"))
                .startsWith("demo-");
    }

    @Test
    void eachNetworkAdapterPostsWithItsChannelsDemoKeyChecksItsOwnWebhookSecretAndRunsItsFakeWithoutAToken() {
        Map<PlatformService, String> fakes = Map.of(PlatformService.VK_CHANNEL, "VK_FAKE_PORT=8188",
                PlatformService.TELEGRAM_CHANNEL, "TELEGRAM_FAKE_PORT=8189",
                PlatformService.OK_CHANNEL, "OK_FAKE_PORT=8191");
        fakes.forEach((adapter, fakePort) -> {
            Channel channel = adapter.network().orElseThrow();
            String lower = channel.name().toLowerCase(java.util.Locale.ROOT);
            Map<String, String> env = ServiceEnvironment.of(adapter, settings);

            assertThat(env).containsEntry("SERVER_PORT", Integer.toString(adapter.defaultPort()))
                    .containsEntry("GATEWAY_URL", "http://localhost:8080")
                    .containsEntry("CHANNEL_API_KEY", "demo-channel-" + lower)
                    .containsEntry(WebhookSecrets.variable(channel), settings.webhookSecrets().of(channel).orElseThrow())
                    .containsEntry("MONGODB_URI", "mongodb://127.0.0.1:27017")
                    .containsEntry("APPEALS_DEMO", "true")
                    .containsEntry(fakePort.split("=")[0], fakePort.split("=")[1])
                    .doesNotContainKeys(channel.name() + "_ACCESS_TOKEN", channel.name() + "_BOT_TOKEN",
                            "APPEALS_IDENTITY_SECRET", "KAFKA_BOOTSTRAP_SERVERS");
        });
    }

    @Test
    void notificationPostsVkTelegramAndOkRepliesToTheirAdaptersAndTheRestToTheStub() {
        Map<String, String> env = ServiceEnvironment.of(PlatformService.NOTIFICATION, settings);

        assertThat(env).containsEntry("WEBHOOK_URL_VK", "http://127.0.0.1:8088/webhooks/vk")
                .containsEntry("WEBHOOK_URL_TELEGRAM", "http://127.0.0.1:8089/webhooks/telegram")
                .containsEntry("WEBHOOK_URL_OK", "http://127.0.0.1:8091/webhooks/ok")
                .containsEntry("CHANNEL_WEBHOOK_BASE_URL", "http://127.0.0.1:8090/webhooks")
                .doesNotContainKeys("WEBHOOK_URL_EMAIL", "WEBHOOK_URL_POS", "WEBHOOK_URL_WEB");
    }

    @Test
    void secretsAndTimeoutComeFromTheEnvironmentWhenSet() {
        StackSettings custom = StackSettings.defaults(Path.of("/repo"), Map.of("APPEALS_START_TIMEOUT_SECONDS", "42",
                "APPEALS_IDENTITY_SECRET", "x".repeat(40), "WEBHOOK_SECRET_VK", "vk-secret"));

        assertThat(custom.startTimeout()).hasSeconds(42);
        assertThat(custom.identitySecret()).isEqualTo("x".repeat(40));
        assertThat(custom.webhookSecrets().of(Channel.VK)).hasValue("vk-secret");
        assertThat(custom.webhookSecrets().of(Channel.OK)).isEmpty();
        assertThat(custom.logFile("kafka")).isEqualTo(Path.of("/repo/.local/logs/kafka.log"));
    }

    @Test
    void keycloakRunsUnlessSwitchedOffAndKeepsItsDataUnderTheLocalDirectory() {
        assertThat(settings.keycloak()).isTrue();
        assertThat(settings.ports().keycloak()).isEqualTo(8180);
        assertThat(settings.keycloakSettings().baseDir()).isEqualTo(Path.of("/repo/.local/keycloak"));
        assertThat(settings.realmFile()).isEqualTo(Path.of("/repo/ops/keycloak/appeals-realm.json"));
        assertThat(StackSettings.defaults(Path.of("/repo"), Map.of("APPEALS_KEYCLOAK", "off")).keycloak()).isFalse();
    }

    @Test
    void dataDirectoryCanBeMovedSoTheBenchmarkKeepsItsOwn() {
        StackSettings bench = StackSettings.defaults(Path.of("/repo"), Map.of("APPEALS_LOCAL_DIR", ".local/bench"));

        assertThat(bench.localDir()).isEqualTo(Path.of("/repo/.local/bench"));
        assertThat(bench.logFile("mongodb")).isEqualTo(Path.of("/repo/.local/bench/logs/mongodb.log"));
    }
}
