package org.appeals.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.appeals.launcher.keycloak.KeycloakSettings;
import org.appeals.launcher.stub.WebhookSecrets;

/**
 * Where the local stack keeps its data and logs, its ports, how long start-up may take, its secrets and whether
 * Keycloak runs. Environment: {@code APPEALS_LOCAL_DIR} ({@code <repo>/.local}; the benchmark keeps its own),
 * {@code APPEALS_START_TIMEOUT_SECONDS} (300), {@code APPEALS_KEYCLOAK} ({@code off} leaves Keycloak and the
 * console out: machine keys still work, people cannot log in), {@code APPEALS_IDENTITY_SECRET} and
 * {@code WEBHOOK_SECRET_<CHANNEL>}
 * (demo values unless set).
 */
public record StackSettings(Path repoRoot, Path localDir, StackPorts ports, Duration startTimeout,
                            String identitySecret, WebhookSecrets webhookSecrets, boolean keycloak) {

    /**
     * The secret the gateway signs forwarded identities with in the local run: a {@code demo-} value, which the
     * services accept only because the local run also sets {@code APPEALS_DEMO=true}.
     */
    public static final String DEMO_IDENTITY_SECRET = "demo-local-run-identity-secret-not-for-production";
    /** Keycloak's bootstrap admin of the master realm in the local run (admin console), printed in the banner. */
    public static final String KEYCLOAK_ADMIN = "admin";
    public static final String KEYCLOAK_ADMIN_PASSWORD = "demo-keycloak-admin";

    /** Data under {@code <repoRoot>/.local} (or {@code APPEALS_LOCAL_DIR}, relative to the repository), default ports. */
    public static StackSettings defaults(Path repoRoot, Map<String, String> env) {
        long timeout = Long.parseLong(env.getOrDefault("APPEALS_START_TIMEOUT_SECONDS", "300"));
        Path localDir = repoRoot.resolve(env.getOrDefault("APPEALS_LOCAL_DIR", ".local"));
        WebhookSecrets webhookSecrets = WebhookSecrets.fromEnv(env);
        return new StackSettings(repoRoot, localDir, StackPorts.defaults(), Duration.ofSeconds(timeout),
                env.getOrDefault("APPEALS_IDENTITY_SECRET", DEMO_IDENTITY_SECRET),
                webhookSecrets.byChannel().isEmpty() ? WebhookSecrets.demo() : webhookSecrets,
                !"off".equalsIgnoreCase(env.getOrDefault("APPEALS_KEYCLOAK", "on")));
    }

    /** What runs, in start order: every platform process, less the console when Keycloak is off (nobody could log in). */
    public List<PlatformService> services() {
        return Arrays.stream(PlatformService.values())
                .filter(service -> keycloak || service != PlatformService.CONSOLE).toList();
    }

    public Path logDir() {
        return localDir.resolve("logs");
    }

    public Path logFile(String name) {
        return logDir().resolve(name + ".log");
    }

    /** The realm people log in to: {@code ops/keycloak/appeals-realm.json}, the file compose imports too. */
    public Path realmFile() {
        return repoRoot.resolve("ops/keycloak/appeals-realm.json");
    }

    /** Keycloak unpacked and its data under {@code <localDir>/keycloak}, on the stack's Keycloak port. */
    public KeycloakSettings keycloakSettings() {
        return new KeycloakSettings(localDir.resolve("keycloak"), ports.keycloak(), realmFile(), KEYCLOAK_ADMIN,
                KEYCLOAK_ADMIN_PASSWORD, logFile("keycloak"));
    }
}
