package org.appeals.telegram.bot;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resilience4j around every Bot API call. Retry: a 429 waits exactly the {@code retry_after} Telegram gave
 * (https://core.telegram.org/bots/api#responseparameters) when that fits in {@code maxRetryWait}, else the call
 * fails at once and the caller schedules it for later; 5xx and no answer back off exponentially. Other errors (400,
 * 403…) are answers, not trouble: never retried. Circuit breaker: 5 failures in a row of the kind that hit every
 * chat alike (401 bad token, 404 unknown bot, 5xx, unreachable) open it for 30 s, so a revoked token does not hammer
 * Telegram; ops see {@code resilience4j} state in the logs and the errors by code in the metrics.
 */
class BotResilience {

    private static final Logger log = LoggerFactory.getLogger(BotResilience.class);
    private final Retry retry;
    private final CircuitBreaker breaker;

    BotResilience(int maxAttempts, Duration firstBackOff, Duration maxRetryWait) {
        this.retry = Retry.of("telegram-bot-api", RetryConfig.custom()
                .maxAttempts(maxAttempts)
                .retryOnException(e -> retryable(e, maxRetryWait))
                .intervalBiFunction(waits(firstBackOff))
                .build());
        this.breaker = CircuitBreaker.of("telegram-bot-api", CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(5).minimumNumberOfCalls(5).failureRateThreshold(100)
                .waitDurationInOpenState(Duration.ofSeconds(30))
                .recordException(BotResilience::brokenForEveryChat)
                .build());
        // ops are told: an open circuit is a revoked token, a wrong TELEGRAM_API_URL or Telegram being down
        breaker.getEventPublisher().onStateTransition(event -> log.error("Bot API circuit {}: check TELEGRAM_BOT_TOKEN "
                + "and TELEGRAM_API_URL (appeals_telegram_api_errors_total by code)", event.getStateTransition()));
    }

    <T> T call(Supplier<T> call) {
        return Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker, call)).get();
    }

    CircuitBreaker.State state() {
        return breaker.getState();
    }

    private static boolean retryable(Throwable e, Duration maxRetryWait) {
        if (!(e instanceof BotApiException api) || !api.transientFailure()) {
            return false;
        }
        return api.retryAfter() == null || api.retryAfter() <= maxRetryWait.toSeconds();
    }

    private static IntervalBiFunction<Object> waits(Duration firstBackOff) {
        return (attempt, outcome) -> {
            if (outcome.isLeft() && outcome.getLeft() instanceof BotApiException api && api.retryAfter() != null) {
                return Duration.ofSeconds(api.retryAfter()).toMillis();
            }
            return firstBackOff.toMillis() << Math.min(attempt - 1, 6);
        };
    }

    private static boolean brokenForEveryChat(Throwable e) {
        return e instanceof BotApiException api
                && (api.errorCode() == 0 || api.errorCode() == 401 || api.errorCode() == 404 || api.errorCode() >= 500);
    }
}
