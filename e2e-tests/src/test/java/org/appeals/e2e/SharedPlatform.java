package org.appeals.e2e;

import java.nio.file.Path;
import java.time.Duration;
import org.appeals.launcher.keycloak.KeycloakSettings;
import org.appeals.launcher.keycloak.LocalKeycloak;
import org.appeals.launcher.process.Ports;
import org.appeals.launcher.process.ServiceJars;
import org.appeals.support.testing.MongoWireServer;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * One running platform for every end-to-end test class of the run: a KRaft broker in this JVM, a MongoDB-wire server,
 * Keycloak with the repository's realm (its real token endpoint), the webhook receiver, the mail server and the
 * services as separate processes. Started by the first class that asks, stopped when the test JVM exits: starting
 * it costs about two minutes, so the classes share it.
 */
final class SharedPlatform {

    private static SharedPlatform instance;

    final EmbeddedKafkaKraftBroker broker;
    final MongoWireServer mongo;
    final LocalKeycloak keycloak;
    final WebhookReceiver webhooks;
    final MailServer mail;
    final RunningPlatform platform;
    final GatewayClient gateway;

    private SharedPlatform() throws Exception {
        broker = new EmbeddedKafkaKraftBroker(1, 3);
        broker.afterPropertiesSet();
        mongo = MongoWireServer.start();
        Path root = ServiceJars.repoRoot();
        keycloak = startKeycloak(root);
        webhooks = new WebhookReceiver();
        mail = new MailServer();
        platform = new RunningPlatform(broker.getBrokersAsString(), mongo.uri(), webhooks.baseUrl(),
                mail.channelEnvironment(), keycloak.issuer().toString());
        gateway = new GatewayClient(platform.gatewayUrl());
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "e2e-platform-stop"));
    }

    /** Keycloak with the repository's realm, unpacked and kept under target/ (its first start builds the server). */
    private static LocalKeycloak startKeycloak(Path root) {
        Path base = root.resolve("e2e-tests/target/keycloak");
        KeycloakSettings settings = new KeycloakSettings(base, Ports.free(), root.resolve("ops/keycloak/appeals-realm.json"),
                "e2e-admin", "e2e-admin-password", root.resolve("e2e-tests/target/e2e-logs/keycloak.log"));
        return LocalKeycloak.start(settings, System.getenv()).awaitReady(Duration.ofMinutes(4));
    }


    /** A demo person's access token from Keycloak's token endpoint (password {@code demo-<username>}). */
    String login(String username) {
        return keycloak.accessToken(username, "demo-" + username);
    }

    /** The platform, started on first use. */
    static synchronized SharedPlatform get() throws Exception {
        if (instance == null) {
            instance = new SharedPlatform();
        }
        return instance;
    }

    String brokers() {
        return broker.getBrokersAsString();
    }

    private void close() {
        platform.close();
        webhooks.close();
        mail.close();
        keycloak.close();
        mongo.close();
        broker.destroy();
    }
}
