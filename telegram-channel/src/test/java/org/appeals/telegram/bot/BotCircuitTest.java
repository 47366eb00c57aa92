package org.appeals.telegram.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.appeals.telegram.fake.FakeBotApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The client against the fake Bot API over HTTP: a bad token answers 401 and opens the circuit; 400s do not. */
class BotCircuitTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final FakeBotApi fake = FakeBotApi.start(0, json);
    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();

    @AfterEach
    void stop() {
        fake.close();
    }

    private TelegramBot bot(String token, BotResilience resilience) {
        BotEndpoint endpoint = new BotEndpoint(fake.url(), token, false);
        return new TelegramBot(new BotApi(endpoint, json, metrics), resilience, json, endpoint);
    }

    @Test
    void aBadTokenIsUnauthorizedAndFiveInARowOpenTheCircuit() {
        BotResilience resilience = new BotResilience(3, Duration.ofMillis(10), Duration.ofSeconds(1));
        TelegramBot bot = bot("123:revoked", resilience);

        for (int i = 0; i < 5; i++) {
            BotApiException e = catchThrowableOfType(BotApiException.class, () -> bot.sendMessage(501, "x", null, null));
            assertThat(e.errorCode()).isEqualTo(401);
            assertThat(e.description()).isEqualTo("Unauthorized");
        }
        BotApiException open = catchThrowableOfType(BotApiException.class, () -> bot.sendMessage(501, "x", null, null));

        assertThat(resilience.state()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(open.errorCode()).isZero();
        assertThat(open.description()).contains("circuit open");
        // 401 is not retried: one call each, five in all
        assertThat(metrics.counter("appeals.telegram.api.errors", "code", "401").count()).isEqualTo(5);
    }

    @Test
    void aChatThatIsNotFoundIsAnAnswerNotABrokenBot() {
        BotResilience resilience = new BotResilience(3, Duration.ofMillis(10), Duration.ofSeconds(1));
        TelegramBot bot = bot(fake.token(), resilience);

        for (int i = 0; i < 6; i++) {
            BotApiException e = catchThrowableOfType(BotApiException.class, () -> bot.sendMessage(999, "x", null, null));
            assertThat(e.errorCode()).isEqualTo(400);
            assertThat(e.description()).isEqualTo("Bad Request: chat not found");
        }
        assertThat(resilience.state()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void tooManyRequestsWaitsTheRetryAfterAndThenSucceeds() {
        fake.message(json.readTree("{\"chat_id\":502,\"text\":\"Здравствуйте\"}"));
        fake.failNext("sendMessage", 429, "Too Many Requests: retry after 1", 1, 1);
        TelegramBot bot = bot(fake.token(), new BotResilience(3, Duration.ofMillis(10), Duration.ofSeconds(5)));
        long started = System.nanoTime();

        long messageId = bot.sendMessage(502, "Ответ", 1L, null);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(messageId).isEqualTo(2);
        assertThat(metrics.counter("appeals.telegram.api.errors", "code", "429").count()).isEqualTo(1);
    }
}
