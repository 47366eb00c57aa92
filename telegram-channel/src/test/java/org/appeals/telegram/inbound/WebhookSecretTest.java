package org.appeals.telegram.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.appeals.support.identity.MissingSecretException;
import org.appeals.telegram.TelegramProperties;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** TELEGRAM_WEBHOOK_SECRET: required in webhook mode, named when missing, and only what Telegram allows. */
class WebhookSecretTest {

    private static TelegramProperties in(TelegramProperties.Mode mode) {
        return new TelegramProperties(mode, "https://api.telegram.org", "", "", 0, Duration.ofSeconds(60),
                Duration.ofSeconds(25), Duration.ofMillis(500), 6,
                new TelegramProperties.Retry(3, Duration.ofSeconds(1), Duration.ofSeconds(30)));
    }

    @Test
    void webhookModeWithoutTheSecretStopsTheStartNamingTheVariable() {
        assertThatThrownBy(() -> new UpdateWebhookController(null, null, null, new MockEnvironment(),
                in(TelegramProperties.Mode.WEBHOOK)))
                .isInstanceOf(MissingSecretException.class).hasMessageContaining("TELEGRAM_WEBHOOK_SECRET");
    }

    @Test
    void aDemoSecretIsRefusedOutsideTheDemo() {
        MockEnvironment environment = new MockEnvironment().withProperty(WebhookSecret.PROPERTY, "demo-secret");

        assertThatThrownBy(() -> new UpdateWebhookController(null, null, null, environment,
                in(TelegramProperties.Mode.WEBHOOK))).hasMessageContaining("TELEGRAM_WEBHOOK_SECRET");
    }

    @Test
    void pollingModeNeedsNoSecret() {
        new UpdateWebhookController(null, null, null, new MockEnvironment(), in(TelegramProperties.Mode.POLLING));
    }

    @Test
    void onlyTheCharactersTelegramAllowsInASecretToken() {
        assertThat(WebhookSecret.checked("a-Z_09")).isEqualTo("a-Z_09");
        assertThatThrownBy(() -> WebhookSecret.checked("with space")).hasMessageContaining("TELEGRAM_WEBHOOK_SECRET");
        assertThatThrownBy(() -> WebhookSecret.checked("x".repeat(257))).hasMessageContaining("1-256");
    }
}
