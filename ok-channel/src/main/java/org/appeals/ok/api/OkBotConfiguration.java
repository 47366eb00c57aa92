package org.appeals.ok.api;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bot, its back-off and its circuit. The circuit counts only a rejected token as a failure and opens on the
 * first one: every later call would be refused alike, so nothing is sent (replies wait in the store) until a trial
 * call after {@code appeals.ok.circuit-open-for}; the opening is logged at ERROR for ops and shown by health.
 */
@Configuration(proxyBeanMethods = false)
class OkBotConfiguration {

    private static final Logger log = LoggerFactory.getLogger(OkBotConfiguration.class);

    @Bean
    CircuitBreaker okCircuit(OkProperties ok) {
        CircuitBreaker circuit = CircuitBreaker.of("ok-api", CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(1).minimumNumberOfCalls(1).failureRateThreshold(100)
                .recordException(e -> e instanceof OkApiException api && api.kind() == OkErrorKind.BAD_TOKEN)
                .waitDurationInOpenState(ok.circuitOpenFor()).permittedNumberOfCallsInHalfOpenState(1)
                .build());
        circuit.getEventPublisher().onStateTransition(event -> {
            if (event.getStateTransition().getToState() == CircuitBreaker.State.OPEN) {
                log.error("OK refused the group's access token: nothing is sent to OK until it is replaced "
                        + "(OK_ACCESS_TOKEN; a new key from the group's settings, «Работа с API») or a trial call "
                        + "succeeds; replies wait in the store");
            } else {
                log.info("OK circuit {}", event.getStateTransition());
            }
        });
        return circuit;
    }

    @Bean
    Retry okRetry(OkProperties ok) {
        OkProperties.RetrySettings settings = ok.retry();
        return Retry.of("ok-send", RetryConfig.custom()
                .maxAttempts(settings.maxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialBackoff(settings.initialInterval(),
                        settings.multiplier(), settings.maxInterval()))
                .retryOnException(e -> e instanceof OkApiException api && api.kind() == OkErrorKind.TEMPORARY)
                .build());
    }

    @Bean
    OkBot okBot(RestClient.Builder builder, OkConnection connection, JsonMapper json, CircuitBreaker okCircuit,
                Retry okRetry, MeterRegistry registry) {
        OkGraphApi api = new OkGraphApi(builder.clone().build(), connection, json);
        return new OkBot(api, okCircuit, okRetry, new OkApiMetrics(registry));
    }

    @Bean
    OkCircuitHealthIndicator okCircuitHealthIndicator(CircuitBreaker okCircuit) {
        return new OkCircuitHealthIndicator(okCircuit);
    }
}
