package org.appeals.vk.vkapi;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.appeals.vk.settings.VkSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/** The client of VK's API with its retry and circuit breaker (Resilience4j), its health and its circuit gauge. */
@Configuration(proxyBeanMethods = false)
class VkApiConfiguration {

    @Bean
    VkCalls vkCalls(RestClient.Builder builder, VkSettings settings, MeterRegistry registry,
                    @Value("${appeals.vk.retry-attempts:4}") int attempts,
                    @Value("${appeals.vk.retry-backoff:1s}") Duration backoff,
                    @Value("${appeals.vk.circuit-open-for:60s}") Duration openFor) {
        VkApi api = new VkApi(builder.clone().baseUrl(settings.apiUrl()).build(), settings.accessToken(),
                settings.apiVersion());
        CircuitBreaker circuit = CircuitBreaker.of("vk-api", circuitConfig(openFor));
        circuit.getEventPublisher().onStateTransition(new TokenAlarm(openFor)::on);
        Gauge.builder("appeals.vk.api.circuit.open", circuit, c -> c.getState() == CircuitBreaker.State.OPEN ? 1 : 0)
                .description("1 while VK refuses the access token and no call goes to VK").register(registry);
        return new VkCalls(api, Retry.of("vk-api", retryConfig(attempts, backoff)), circuit, registry);
    }

    @Bean
    VkApiHealthIndicator vkApiHealthIndicator(VkCalls calls) {
        return new VkApiHealthIndicator(calls);
    }

    /** 6, 9, 10 and I/O: again after 1 s, 2 s, 4 s …; everything else (5, 901, 902, 100 …) at once to the caller. */
    private static RetryConfig retryConfig(int attempts, Duration backoff) {
        return RetryConfig.custom().maxAttempts(attempts)
                .intervalFunction(IntervalFunction.ofExponentialBackoff(backoff, 2.0))
                .retryOnException(e -> e instanceof VkApiException vk ? vk.retryable()
                        : e instanceof ResourceAccessException)
                .build();
    }

    /** One rejected token is enough to open it: every later call would be rejected too. */
    private static CircuitBreakerConfig circuitConfig(Duration openFor) {
        return CircuitBreakerConfig.custom()
                .slidingWindow(1, 1, CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .failureRateThreshold(100)
                .recordException(e -> e instanceof VkApiException vk && vk.authorization())
                .waitDurationInOpenState(openFor)
                .permittedNumberOfCallsInHalfOpenState(1)
                // the webhook refuses replies while open: without calls nothing else would move it to the trial
                .automaticTransitionFromOpenToHalfOpenEnabled(true)
                .build();
    }
}
