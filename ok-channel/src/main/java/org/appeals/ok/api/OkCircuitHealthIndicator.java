package org.appeals.ok.api;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** DOWN while OK refuses the group's token (the circuit is open), so the probe tells ops as well as the log. */
class OkCircuitHealthIndicator implements HealthIndicator {

    private final CircuitBreaker circuit;

    OkCircuitHealthIndicator(CircuitBreaker circuit) {
        this.circuit = circuit;
    }

    @Override
    public Health health() {
        CircuitBreaker.State state = circuit.getState();
        boolean open = state == CircuitBreaker.State.OPEN || state == CircuitBreaker.State.FORCED_OPEN;
        return (open ? Health.down() : Health.up()).withDetail("okCircuit", state.name()).build();
    }
}
