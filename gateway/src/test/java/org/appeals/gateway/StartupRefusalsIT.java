package org.appeals.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.appeals.support.identity.MissingSecretException;
import org.appeals.support.testing.MongoWireServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** Without its secrets, or with demo secrets outside demo mode, the gateway does not start and says what to set. */
@ExtendWith(OutputCaptureExtension.class)
class StartupRefusalsIT {

    static final String ISSUER = "--appeals.gateway.oidc.issuer-uri=http://127.0.0.1:1/realms/appeals";
    static final String SECRET = "--appeals.identity.secret=a-real-secret-of-at-least-32-bytes-0123";

    @Test
    void withoutTheIdentitySecretTheGatewayDoesNotStartAndNamesTheVariable(CapturedOutput output) {
        assertRefused("APPEALS_IDENTITY_SECRET", "is not set", ISSUER, "--appeals.identity.secret=");
        assertThat(output).contains("APPLICATION FAILED TO START").contains("Set APPEALS_IDENTITY_SECRET");
    }

    @Test
    void aDemoSecretOutsideDemoModeStopsTheStart() {
        assertRefused("APPEALS_IDENTITY_SECRET", "demo value", ISSUER,
                "--appeals.identity.secret=demo-identity-secret-0123456789abcdef");
    }

    @Test
    void aSecretTooShortForHs256StopsTheStart() {
        assertRefused("APPEALS_IDENTITY_SECRET", "32 bytes", ISSUER, "--appeals.identity.secret=short");
    }

    @Test
    void withoutAnIdentityProviderOutsideDemoModeTheGatewayDoesNotStart() {
        assertRefused("OIDC_ISSUER_URI", "is not set", SECRET, "--appeals.gateway.oidc.issuer-uri=");
    }

    @Test
    void inDemoModeADemoSecretAndNoIdentityProviderAreAccepted() {
        try (MongoWireServer mongo = MongoWireServer.start();
             ConfigurableApplicationContext context = start("--appeals.demo=true",
                     "--appeals.identity.secret=demo-identity-secret-0123456789abcdef",
                     "--appeals.gateway.oidc.issuer-uri=", "--appeals.gateway.mongodb.uri=" + mongo.uri())) {
            assertThat(context.isActive()).isTrue();
        }
    }

    private static void assertRefused(String variable, String messagePart, String... arguments) {
        assertThatThrownBy(() -> start(arguments).close())
                .hasRootCauseInstanceOf(MissingSecretException.class)
                .rootCause().hasMessageContaining(variable).hasMessageContaining(messagePart)
                .hasMessageNotContaining("demo-identity-secret");
    }

    private static ConfigurableApplicationContext start(String... arguments) {
        // the key store is first touched after start-up: a refused start never waits for it
        List<String> all = new ArrayList<>(List.of(arguments));
        all.add("--server.port=0");
        if (all.stream().noneMatch(argument -> argument.contains("mongodb.uri"))) {
            all.add("--appeals.gateway.mongodb.uri=mongodb://127.0.0.1:1/?serverSelectionTimeoutMS=200");
        }
        return new SpringApplicationBuilder(GatewayApplication.class).run(all.toArray(String[]::new));
    }
}
