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
 * Keycloak with the repository's realm (its real token endpoint and login page), the webhook receiver, the mail server
 * and the services and the console as separate processes. Started by the first class that asks, stopped when the
 * test JVM exits: starting it costs about two minutes, so the classes share it.
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
        // registered first, so what did start is stopped even when a later part fails to
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "e2e-platform-stop"));
        broker = new EmbeddedKafkaKraftBroker(1, 3);
        broker.afterPropertiesSet();
        mongo = MongoWireServer.start();
        Path root = ServiceJars.repoRoot();
        // chosen before Keycloak starts: its realm must allow the console's redirect URI on this port
        int gatewayPort = Ports.free();
        keycloak = startKeycloak(root, "http://127.0.0.1:" + gatewayPort);
        webhooks = new WebhookReceiver();
        mail = new MailServer();
        platform = new RunningPlatform(broker.getBrokersAsString(), mongo.uri(), webhooks.baseUrl(),
                mail.channelEnvironment(), keycloak.issuer().toString(), gatewayPort);
        gateway = new GatewayClient(platform.gatewayUrl());
    }

    /**
     * Keycloak with the repository's realm, unpacked and kept under target/ (its first start builds the server); the
     * realm is a copy in which the console also accepts this run's gateway (as a new port changes the copy, every run
     * imports the realm afresh).
     */
    private static LocalKeycloak startKeycloak(Path root, String gatewayUrl) {
        Path base = root.resolve("e2e-tests/target/keycloak");
        Path realm = ConsoleRealm.withGateway(root.resolve("ops/keycloak/appeals-realm.json"), gatewayUrl,
                root.resolve("e2e-tests/target/keycloak-realm"));
        KeycloakSettings settings = new KeycloakSettings(base, Ports.free(), realm,
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

    /** Whatever started, in reverse order; a part that never started is null. */
    private void close() {
        Parts.closeAll(platform, webhooks, mail, keycloak, mongo);
        if (broker != null) {
            broker.destroy();
        }
    }
}
