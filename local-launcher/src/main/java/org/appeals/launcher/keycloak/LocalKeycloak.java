package org.appeals.launcher.keycloak;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.appeals.launcher.process.JavaProcess;

/**
 * Keycloak in development mode ({@code kc.sh start-dev}, H2 database in its own directory) with the {@code appeals}
 * realm imported, on 127.0.0.1, as a child process of the launcher or of a test. Start it, {@link #awaitReady} (the
 * first start of a directory takes 30-60 s: Quarkus builds the server once), {@link #close} to stop it.
 */
public final class LocalKeycloak implements AutoCloseable {

    public static final String REALM = "appeals";
    /** The public client with direct access grants, for the local run and the tests. */
    public static final String CLI_CLIENT = "appeals-cli";

    /** A heap that holds the realm and a few logins; Keycloak's default takes 70 % of the machine's memory. */
    private static final String HEAP = "-Xms64m -Xmx512m";
    private static final List<Path> BASH = List.of(Path.of("/bin/bash"), Path.of("/usr/bin/bash"));

    private final JavaProcess process;
    private final int port;

    private LocalKeycloak(JavaProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Unpacks the distribution (first time only), copies the realm in and starts Keycloak without waiting for it. */
    public static LocalKeycloak start(KeycloakSettings settings, Map<String, String> env) {
        Path home = KeycloakDistribution.unpacked(KeycloakDistribution.zip(env), settings.baseDir());
        RealmImport.prepare(home, settings.realmFile());
        // the zip does not keep the scripts' exec bits, hence "bash kc.sh"
        List<String> args = List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + settings.port(),
                // tokens name this issuer however the server was reached (localhost or 127.0.0.1)
                "--hostname=" + baseUrl(settings.port()), "--import-realm");
        Map<String, String> childEnv = Map.of(
                "JAVA_HOME", System.getProperty("java.home"),
                "JAVA_OPTS_KC_HEAP", HEAP,
                "KC_BOOTSTRAP_ADMIN_USERNAME", settings.adminUsername(),
                "KC_BOOTSTRAP_ADMIN_PASSWORD", settings.adminPassword());
        return new LocalKeycloak(JavaProcess.startBinary("keycloak", bash(), args, childEnv, settings.logFile()),
                settings.port());
    }

    /** Waits until the realm's discovery document answers, i.e. the realm is imported and tokens can be had. */
    public LocalKeycloak awaitReady(Duration timeout) {
        process.awaitHttpOk(URI.create(issuer() + "/.well-known/openid-configuration"), timeout);
        return this;
    }

    /** {@code http://localhost:<port>/realms/appeals}: the {@code iss} of its tokens, the gateway's issuer URI. */
    public URI issuer() {
        return issuer(port);
    }

    public static URI issuer(int port) {
        return URI.create(baseUrl(port) + "/realms/" + REALM);
    }

    /** Where {@code curl} or a test gets a token. */
    public URI tokenEndpoint() {
        return tokenEndpoint(port);
    }

    public static URI tokenEndpoint(int port) {
        return URI.create(issuer(port) + "/protocol/openid-connect/token");
    }

    /** An access token for a person of the realm through {@link #CLI_CLIENT} (the password grant). */
    public String accessToken(String username, String password) {
        return PasswordGrant.accessToken(tokenEndpoint(), CLI_CLIENT, username, password);
    }

    public JavaProcess process() {
        return process;
    }

    public int port() {
        return port;
    }

    /** Stops the script and the JVM it started. */
    @Override
    public void close() {
        process.stop(Duration.ofSeconds(30));
    }

    private static String baseUrl(int port) {
        return "http://localhost:" + port;
    }

    private static Path bash() {
        return BASH.stream().filter(Files::isExecutable).findFirst().orElse(Path.of("bash"));
    }
}
