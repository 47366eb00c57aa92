package org.appeals.ok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.appeals.ok.api.OkConnection;
import org.appeals.ok.api.OkProperties;
import org.appeals.ok.fake.FakeOkServer;
import org.appeals.support.identity.MissingSecretException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mock.env.MockEnvironment;

/** The adapter refuses to start without what it needs, and uses the local fake only in the demo without a token. */
class OkConnectionConfigurationTest {

    private final OkConnectionConfiguration configuration = new OkConnectionConfiguration();

    @Test
    void withoutATokenOutsideTheDemoTheStartStopsNamingIt() {
        MockEnvironment environment = env(false, "", "", "a-real-secret");

        assertThatThrownBy(() -> connection(environment, properties("", "")))
                .isInstanceOf(MissingSecretException.class).hasMessageContaining("OK_ACCESS_TOKEN");
    }

    @Test
    void aRealTokenNeedsThePublicWebhookAddress() {
        MockEnvironment environment = env(false, "tkn1:abc", "", "a-real-secret");

        assertThatThrownBy(() -> connection(environment, properties("tkn1:abc", "")))
                .isInstanceOf(MissingSecretException.class).hasMessageContaining("OK_WEBHOOK_URL");
    }

    @Test
    void theWebhookSecretIsAlwaysRequired() {
        MockEnvironment environment = env(true, "", "", "");

        assertThatThrownBy(() -> connection(environment, properties("", "")))
                .isInstanceOf(MissingSecretException.class).hasMessageContaining("OK_WEBHOOK_SECRET");
    }

    @Test
    void theDemoWithoutATokenTalksToTheLocalFake() {
        MockEnvironment environment = env(true, "", "", "demo-ok-hook");
        OkProperties ok = properties("", "");
        try (FakeOkServer fake = configuration.fakeOkServer(ok, environment)) {
            DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
            beans.registerSingleton("fake", fake);

            OkConnection connection = configuration.okConnection(ok, environment,
                    beans.getBeanProvider(FakeOkServer.class));

            assertThat(connection.fake()).isTrue();
            assertThat(connection.apiUrl()).isEqualTo(fake.url());
            assertThat(connection.webhookUrl()).isNull();
            assertThat(connection.toString()).doesNotContain(OkConnectionConfiguration.FAKE_TOKEN)
                    .doesNotContain("demo-ok-hook");
        }
    }

    private OkConnection connection(MockEnvironment environment, OkProperties ok) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        return configuration.okConnection(ok, environment, beans.getBeanProvider(FakeOkServer.class));
    }

    private static MockEnvironment env(boolean demo, String token, String webhookUrl, String secret) {
        return new MockEnvironment().withProperty("appeals.demo", Boolean.toString(demo))
                .withProperty("appeals.ok.access-token", token).withProperty("appeals.ok.webhook-url", webhookUrl)
                .withProperty("appeals.ok.webhook-secret", secret);
    }

    private static OkProperties properties(String token, String webhookUrl) {
        return new OkProperties(token, "https://api.ok.ru", webhookUrl, null, 0,
                new OkProperties.RetrySettings(5, Duration.ofSeconds(1), 2, Duration.ofSeconds(30)),
                Duration.ofSeconds(60), Duration.ofSeconds(5), Duration.ofSeconds(60));
    }
}
