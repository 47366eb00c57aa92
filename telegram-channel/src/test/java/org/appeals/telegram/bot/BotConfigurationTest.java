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
    void theDemoWithoutATokenStartsTheLocalFakeAndTalksToIt() {
        MockEnvironment environment = new MockEnvironment().withProperty("appeals.demo", "true");
        TelegramProperties onAnyPort = new TelegramProperties(properties.mode(), properties.apiUrl(), "", "", 0,
                properties.locationWindow(), properties.pollTimeout(), properties.workInterval(), 6, properties.retry());

        try (FakeBotApi.Holder fake = configuration.fakeBotApi(environment, onAnyPort,
                tools.jackson.databind.json.JsonMapper.builder().build())) {
            BotEndpoint endpoint = configuration.botEndpoint(environment, onAnyPort, fake);

            assertThat(fake.fake()).isNotNull();
            assertThat(endpoint.fake()).isTrue();
            assertThat(endpoint.apiUrl()).isEqualTo(fake.fake().url()).startsWith("http://127.0.0.1:");
        }
    }

    @Test
    void outsideTheDemoNoFakeIsStarted() {
        MockEnvironment environment = new MockEnvironment().withProperty(BotConfiguration.TOKEN, "123:abc");

        try (FakeBotApi.Holder fake = configuration.fakeBotApi(environment, properties,
                tools.jackson.databind.json.JsonMapper.builder().build())) {
            assertThat(fake.fake()).isNull();
        }
    }

    @Test
    void usesTheRealApiWithAToken() {
        MockEnvironment environment = new MockEnvironment().withProperty(BotConfiguration.TOKEN, "123:abc");

        BotEndpoint endpoint = configuration.botEndpoint(environment, properties, new FakeBotApi.Holder(null));

        assertThat(endpoint.methodUrl("getMe")).isEqualTo("https://api.telegram.org/bot123:abc/getMe");
        assertThat(endpoint.toString()).doesNotContain("abc");
    }
}
