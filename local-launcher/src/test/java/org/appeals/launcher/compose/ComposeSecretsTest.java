package org.appeals.launcher.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.appeals.launcher.PlatformService;
import org.appeals.launcher.process.ServiceJars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * No secret has a default in docker-compose.yml (a forgotten one stops compose, naming it), docker/demo.env sets every
 * required variable with a public demo value, and each service's Kafka principal is one the broker and the ACLs know.
 */
class ComposeSecretsTest {

    private static final Path REPO = ServiceJars.repoRoot();
    private static final Pattern REQUIRED = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*):\\?[^}]*}");
    private static final Pattern WITH_DEFAULT = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*):?-[^}]*}");
    private static final Pattern KAFKA_USER = Pattern.compile("username=\"([a-z]+)\"");

    @Test
    void noSecretOrPasswordHasADefault() throws IOException {
        Matcher defaulted = WITH_DEFAULT.matcher(compose());
        while (defaulted.find()) {
            assertThat(defaulted.group(1)).as(defaulted.group()).doesNotContain("SECRET", "PASSWORD");
        }
        assertThat(requiredVariables()).contains("APPEALS_IDENTITY_SECRET", "GRAFANA_ADMIN_PASSWORD",
                "KEYCLOAK_ADMIN_PASSWORD", "KAFKA_PASSWORD_ADAPTER", "WEBHOOK_SECRET_TELEGRAM", "KEYCLOAK_REALM_FILE");
    }

    @Test
    void theDemoEnvFileSetsEveryRequiredVariableAndOnlyPublicDemoSecrets() throws IOException {
        Map<String, String> demo = demoEnv();

        assertThat(demo.keySet()).containsAll(requiredVariables());
        assertThat(demo).containsEntry("APPEALS_DEMO", "true").containsEntry("KEYCLOAK_REALM_FILE", "appeals-realm.json");
        demo.forEach((name, value) -> {
            if (name.contains("SECRET") || name.contains("PASSWORD")) {
                assertThat(value).as(name).startsWith("demo-");
            }
        });
        assertThat(demo.get("APPEALS_IDENTITY_SECRET")).hasSizeGreaterThanOrEqualTo(32);
        assertThat(REPO.resolve("ops/keycloak").resolve(demo.get("KEYCLOAK_REALM_FILE"))).isRegularFile();
    }

    @ParameterizedTest
    @EnumSource(value = PlatformService.class, mode = EnumSource.Mode.EXCLUDE,
            names = {"GATEWAY", "CONSOLE", "RESIDENT_WEB", "VK_CHANNEL", "TELEGRAM_CHANNEL", "OK_CHANNEL"})
    void eachServiceHasItsOwnKafkaPrincipalThatTheBrokerAndTheAclsKnow(PlatformService service) throws IOException {
        ComposeFile compose = ComposeFile.read(REPO.resolve("docker-compose.yml"));
        Map<String, String> env = compose.environment(service.module());
        Matcher user = KAFKA_USER.matcher(env.get("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG"));

        assertThat(user.find()).isTrue();
        String principal = user.group(1);
        assertThat(env).containsEntry("SPRING_KAFKA_PROPERTIES_SECURITY_PROTOCOL", "SASL_PLAINTEXT");
        assertThat(compose.environment("kafka").get("KAFKA_LISTENER_NAME_INTERNAL_PLAIN_SASL_JAAS_CONFIG"))
                .contains("user_" + principal + "=");
        // the consumer group in the ACLs is the group id of the service's application.yml
        assertThat(Files.readString(REPO.resolve("docker/kafka-init.sh"))).contains("service " + principal + " "
                + service.module() + " ");
        assertThat(Files.readString(REPO.resolve(service.module()).resolve("src/main/resources/application.yml")))
                .contains("group-id: " + service.module());
    }

    @Test
    void theEmailChannelNeedsTheCentresMailboxAndTheDemoPointsItAtTheDemoMailServer() throws IOException {
        ComposeFile compose = ComposeFile.read(REPO.resolve("docker-compose.yml"));
        Map<String, String> demo = demoEnv();

        assertThat(requiredVariables()).contains("IMAP_HOST", "IMAP_PORT", "IMAP_USERNAME", "IMAP_PASSWORD",
                "SMTP_HOST", "SMTP_PORT", "SMTP_PASSWORD", "EMAIL_FROM", "KAFKA_PASSWORD_EMAIL");
        assertThat(compose.environment("email-channel")).containsEntry("IMAP_PASSWORD",
                "${IMAP_PASSWORD:?set IMAP_PASSWORD to the mailbox's password}");
        assertThat(demo).containsEntry("IMAP_HOST", "greenmail").containsEntry("SMTP_HOST", "greenmail")
                .containsEntry("IMAP_PROTOCOL", "imap").containsEntry("COMPOSE_PROFILES", "demo-mail");
        // the demo mail server's centre mailbox logs in with the same password the channel polls with
        assertThat(compose.environment("greenmail").get("GREENMAIL_OPTS"))
                .contains("-Dgreenmail.users=appeals:${IMAP_PASSWORD}@appeals.local")
                .contains("-Dgreenmail.users.login=email");
        assertThat(demo.get("IMAP_USERNAME")).isEqualTo("appeals@appeals.local").isEqualTo(demo.get("EMAIL_FROM"));
    }

    private static String compose() throws IOException {
        return Files.readString(REPO.resolve("docker-compose.yml"));
    }

    private static Set<String> requiredVariables() throws IOException {
        Set<String> required = new TreeSet<>();
        Matcher matcher = REQUIRED.matcher(compose());
        while (matcher.find()) {
            required.add(matcher.group(1));
        }
        return required;
    }

    private static Map<String, String> demoEnv() throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        for (String line : Files.readAllLines(REPO.resolve("docker/demo.env"))) {
            int equals = line.indexOf('=');
            if (!line.isBlank() && !line.startsWith("#") && equals > 0) {
                env.put(line.substring(0, equals).trim(), line.substring(equals + 1).trim());
            }
        }
        return env;
    }
}
