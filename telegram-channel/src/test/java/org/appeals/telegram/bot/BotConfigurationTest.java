package org.appeals.telegram.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.appeals.support.identity.MissingSecretException;
import org.appeals.telegram.TelegramProperties;
import org.appeals.telegram.fake.FakeBotApi;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class BotConfigurationTest {

    private final BotConfiguration configuration = new BotConfiguration();
    private final TelegramProperties properties = new TelegramProperties(TelegramProperties.Mode.WEBHOOK,
            "https://api.telegram.org/", "", "", 0, Duration.ofSeconds(60), Duration.ofSeconds(25),
            Duration.ofMillis(500), 6, new TelegramProperties.Retry(3, Duration.ofSeconds(1), Duration.ofSeconds(30)));

    @Test
    void refusesToStartWithoutATokenOutsideDemoMode() {
        assertThatThrownBy(() -> configuration.botEndpoint(new MockEnvironment(), properties,
                new FakeBotApi.Holder(null)))
                .isInstanceOf(MissingSecretException.class).hasMessageContaining("TELEGRAM_BOT_TOKEN");
    }

    @Test
    void refusesADemoTokenOutsideDemoMode() {
        MockEnvironment environment = new MockEnvironment().withProperty(BotConfiguration.TOKEN, "demo-token");

        assertThatThrownBy(() -> configuration.botEndpoint(environment, properties, new FakeBotApi.Holder(null)))
                .isInstanceOf(MissingSecretException.class).hasMessageContaining("TELEGRAM_BOT_TOKEN");
    }

    @Test
    void usesTheRealApiWithAToken() {
        MockEnvironment environment = new MockEnvironment().withProperty(BotConfiguration.TOKEN, "123:abc");

        BotEndpoint endpoint = configuration.botEndpoint(environment, properties, new FakeBotApi.Holder(null));

        assertThat(endpoint.methodUrl("getMe")).isEqualTo("https://api.telegram.org/bot123:abc/getMe");
        assertThat(endpoint.toString()).doesNotContain("abc");
    }
}
