package org.appeals.vk.vkapi;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;

/**
 * VK's methods behind Resilience4j: errors 6, 9 and 10 and I/O failures are retried with exponential back-off; error 5
 * (the token rejected) opens the circuit, so nothing more goes to VK until a trial call after the open period
 * succeeds (ops are told by {@link TokenAlarm}). Every VK error is counted as {@code appeals.vk.api.errors{code}}.
 */
public class VkCalls {

    private final VkApi api;
    private final Retry retry;
    private final CircuitBreaker circuit;
    private final MeterRegistry registry;

    VkCalls(VkApi api, Retry retry, CircuitBreaker circuit, MeterRegistry registry) {
        this.api = api;
        this.retry = retry;
        this.circuit = circuit;
        this.registry = registry;
    }

    /**
     * The method's {@code response}; throws {@link VkApiException} for VK's errors,
     * {@code CallNotPermittedException} while the circuit is open, {@link RestClientException} when VK stayed
     * unreachable.
     */
    public JsonNode call(String method, Map<String, String> params) {
        Supplier<JsonNode> guarded = CircuitBreaker.decorateSupplier(circuit, () -> counted(method, params));
        return Retry.decorateSupplier(retry, guarded).get();
    }

    /** Whether calls are refused now (the token was rejected and the open period has not passed). */
    public boolean refusing() {
        return circuit.getState() == CircuitBreaker.State.OPEN || circuit.getState() == CircuitBreaker.State.FORCED_OPEN;
    }

    private JsonNode counted(String method, Map<String, String> params) {
        try {
            return api.call(method, params);
        } catch (VkApiException e) {
            registry.counter("appeals.vk.api.errors", "code", Integer.toString(e.code())).increment();
            throw e;
        } catch (RestClientException e) {
            registry.counter("appeals.vk.api.errors", "code", "io").increment();
            throw e;
        }
    }
}
