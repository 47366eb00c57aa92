package org.appeals.notification.circuit;

import io.github.resilience4j.circuitbreaker.CircuitBreaker.State;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.appeals.contracts.Channel;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Every channel's circuit breaker (Resilience4j) and count of deliveries in flight. Workers claim no delivery of a
 * channel that is {@link #blocked()}, so its deliveries wait in the database (not as attempts) while the others go on.
 * Gauge {@code appeals.channel.circuit{channel,state}}: 1 for the channel's current state, 0 for the others.
 */
@Component
@EnableConfigurationProperties(CircuitProperties.class)
public class ChannelCircuits {

    private static final List<State> REPORTED = List.of(State.CLOSED, State.OPEN, State.HALF_OPEN);

    private final Map<Channel, ChannelCircuit> circuits = new EnumMap<>(Channel.class);
    private final int maxInFlight;

    ChannelCircuits(CircuitProperties properties, Clock clock, MeterRegistry registry) {
        this.maxInFlight = properties.maxInFlight();
        CircuitBreakerConfig config = breakerConfig(properties, clock);
        for (Channel channel : Channel.values()) {
            ChannelCircuit circuit = new ChannelCircuit(channel.name(), config, properties.openFor(), clock);
            circuits.put(channel, circuit);
            for (State state : REPORTED) {
                Gauge.builder("appeals.channel.circuit", circuit, c -> c.state() == state ? 1 : 0)
                        .tags("channel", channel.name(), "state", state.name().toLowerCase(Locale.ROOT))
                        .description("1 for the channel's current circuit state").register(registry);
            }
        }
    }

    /**
     * Opens after {@code failure-threshold} failed calls in a row (all of the last that many calls failed), lets one
     * trial through after {@code open-for} and closes on its success; slow calls are the read timeout's business.
     */
    private static CircuitBreakerConfig breakerConfig(CircuitProperties properties, Clock clock) {
        return CircuitBreakerConfig.custom()
                .slidingWindow(properties.failureThreshold(), properties.failureThreshold(),
                        SlidingWindowType.COUNT_BASED)
                .failureRateThreshold(100)
                .waitDurationInOpenState(properties.openFor())
                .permittedNumberOfCallsInHalfOpenState(1)
                .slowCallRateThreshold(100)
                .clock(clock)
                .build();
    }

    /** Channels no delivery should be claimed for now. */
    public Set<Channel> blocked() {
        Set<Channel> blocked = EnumSet.noneOf(Channel.class);
        circuits.forEach((channel, circuit) -> {
            if (circuit.refusing() || circuit.inFlight.get() >= maxInFlight) {
                blocked.add(channel);
            }
        });
        return blocked;
    }

    /** A sender took a delivery of the channel; pair with {@link #left}. */
    public void entered(Channel channel) {
        circuits.get(channel).inFlight.incrementAndGet();
    }

    public void left(Channel channel) {
        circuits.get(channel).inFlight.decrementAndGet();
    }

    /** Whether a call to the channel's adapter may go now; an allowed call must end in one of the three reports. */
    public boolean tryAcquire(Channel channel) {
        return circuits.get(channel).tryAcquire();
    }

    public void succeeded(Channel channel) {
        circuits.get(channel).succeeded();
    }

    public void failed(Channel channel) {
        circuits.get(channel).failed();
    }

    /** A call that was allowed but never made (the worker lost its claim): frees a half-open trial. */
    public void abandoned(Channel channel) {
        circuits.get(channel).abandoned();
    }

    /** When a refused delivery should look again: the end of the open time, or a quarter of it from now. */
    public Instant retryAt(Channel channel) {
        return circuits.get(channel).retryAt();
    }

    public State state(Channel channel) {
        return circuits.get(channel).state();
    }
}
