package org.appeals.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.appeals.launcher.process.JavaProcess;
import org.appeals.launcher.process.ServiceJars;
import org.junit.jupiter.api.Test;

/**
 * No demo secret reaches production: a service or the gateway started without {@code APPEALS_DEMO=true} refuses a
 * {@code demo-} secret, and refuses to start without one, naming the variable to set. Runs the built jars as a
 * deployment would, with nothing but the environment below.
 */
class ProductionSecretsIT {

    private static final List<String> JVM_FLAGS = List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    @Test
    void aServiceStartedWithADemoSecretInProductionModeRefusesToStart() throws IOException {
        JavaProcess intake = start("intake-service", Map.of("SERVER_PORT", "0",
                "APPEALS_IDENTITY_SECRET", "demo-identity-secret-0123456789abcdef",
                "APPEALS_INTAKE_ACCESS_CODE_KEY", "production-access-code-key-0123456789abcdef"));

        assertThat(intake.awaitExit(Duration.ofSeconds(90))).isNotZero();
        assertThat(Files.readString(intake.logFile())).contains("APPEALS_IDENTITY_SECRET holds a demo value");
    }

    @Test
    void aServiceStartedWithoutItsSecretNamesTheMissingVariable() throws IOException {
        JavaProcess department = start("department-service", Map.of("SERVER_PORT", "0"));

        assertThat(department.awaitExit(Duration.ofSeconds(90))).isNotZero();
        assertThat(Files.readString(department.logFile())).contains("APPEALS_IDENTITY_SECRET is not set");
    }

    @Test
    void theGatewayStartedWithoutAnIdentityProviderNamesTheMissingVariable() throws IOException {
        JavaProcess gateway = start("gateway", Map.of("SERVER_PORT", "0",
                "APPEALS_IDENTITY_SECRET", "production-identity-secret-0123456789abcdef"));

        assertThat(gateway.awaitExit(Duration.ofSeconds(90))).isNotZero();
        assertThat(Files.readString(gateway.logFile())).contains("OIDC_ISSUER_URI");
    }

    @Test
    void intakeStartedWithoutTheAccessCodeKeyNamesTheMissingVariable() throws IOException {
        JavaProcess intake = start("intake-service", Map.of("SERVER_PORT", "0",
                "APPEALS_IDENTITY_SECRET", "production-identity-secret-0123456789abcdef"));

        assertThat(intake.awaitExit(Duration.ofSeconds(90))).isNotZero();
        assertThat(Files.readString(intake.logFile())).contains("APPEALS_INTAKE_ACCESS_CODE_KEY is not set");
    }

    @Test
    void theResidentsPagesStartedWithoutTheirChannelKeyNameTheMissingVariable() throws IOException {
        JavaProcess pages = start("resident-web", Map.of("SERVER_PORT", "0", "GATEWAY_URL", "http://127.0.0.1:9",
                "RESIDENT_WEB_PUBLIC_URL", "http://localhost:8080"));

        assertThat(pages.awaitExit(Duration.ofSeconds(90))).isNotZero();
        assertThat(Files.readString(pages.logFile())).contains("RESIDENT_WEB_API_KEY");
    }

    private static JavaProcess start(String module, Map<String, String> env) throws IOException {
        Path root = ServiceJars.repoRoot();
        List<String> args = new ArrayList<>(JVM_FLAGS);
        args.add("-jar");
        args.add(ServiceJars.locate(root, module).toString());
        Path log = Files.createDirectories(root.resolve("e2e-tests/target/e2e-logs"))
                .resolve(module + "-production-secrets.log");
        return JavaProcess.start(module + "-production", args, env, log);
    }
}
