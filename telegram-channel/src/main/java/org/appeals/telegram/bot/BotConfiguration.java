package org.appeals.telegram.bot;

import io.micrometer.core.instrument.MeterRegistry;
import org.appeals.support.identity.MissingSecretException;
import org.appeals.support.identity.Secrets;
import org.appeals.telegram.TelegramProperties;
import org.appeals.telegram.fake.FakeBotApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bot's endpoint and client. With {@code TELEGRAM_BOT_TOKEN} the real Bot API at {@code TELEGRAM_API_URL};
 * without one, only in demo mode ({@code APPEALS_DEMO=true}), a local fake of the Bot API on
 * {@code TELEGRAM_FAKE_PORT} started in this process; otherwise the start stops, naming the variable.
 */
@Configuration(proxyBeanMethods = false)
class BotConfiguration {

    static final String TOKEN = "appeals.telegram.bot-token";
    private static final Logger log = LoggerFactory.getLogger(BotConfiguration.class);

    @Bean(destroyMethod = "close")
    FakeBotApi.Holder fakeBotApi(Environment environment, TelegramProperties properties, JsonMapper json) {
        String token = environment.getProperty(TOKEN);
        if ((token == null || token.isBlank()) && Secrets.demo(environment)) {
            FakeBotApi fake = FakeBotApi.start(properties.fakePort(), json);
            log.info("no TELEGRAM_BOT_TOKEN in demo mode: a local fake Bot API answers at {}", fake.url());
            return new FakeBotApi.Holder(fake);
        }
        return new FakeBotApi.Holder(null);
    }

    @Bean
    BotEndpoint botEndpoint(Environment environment, TelegramProperties properties, FakeBotApi.Holder fake) {
        if (fake.fake() != null) {
            return new BotEndpoint(fake.fake().url(), fake.fake().token(), true);
        }
        String token = environment.getProperty(TOKEN);
        if (token == null || token.isBlank()) {
            throw new MissingSecretException("TELEGRAM_BOT_TOKEN", "TELEGRAM_BOT_TOKEN is not set: the token "
                    + "@BotFather gave the centre's bot (or APPEALS_DEMO=true for the local fake Bot API).");
        }
        return new BotEndpoint(stripSlash(properties.apiUrl()), Secrets.require(environment, TOKEN,
                "TELEGRAM_BOT_TOKEN"), false);
    }

    @Bean
    TelegramBot telegramBot(BotEndpoint endpoint, TelegramProperties properties, JsonMapper json,
                            MeterRegistry metrics) {
        TelegramProperties.Retry retry = properties.retry();
        return new TelegramBot(new BotApi(endpoint, json, metrics),
                new BotResilience(retry.attempts(), retry.firstBackOff(), retry.maxWait()), json, endpoint);
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
