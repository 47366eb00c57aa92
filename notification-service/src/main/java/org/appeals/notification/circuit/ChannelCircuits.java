package org.appeals.notification.circuit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.appeals.contracts.Channel;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Every channel's circuit breaker and count of deliveries in flight. Workers claim no delivery of a channel that is
 * {@link #blocked()}, so its deliveries wait in the database (not as attempts) while the others go on.
 * Gauge {@code appeals.channel.circuit{channel,state}}: 1 for the channel's current state, 0 for the others.
 */
@Component
@EnableConfigurationProperties(CircuitProperties.class)
public class ChannelCircuits {

    private final Map<Channel, CircuitBreaker> breakers = new EnumMap<>(Channel.class);
    private final Map<Channel, AtomicInteger> inFlight = new EnumMap<>(Channel.class);
    private final int maxInFlight;

    ChannelCircuits(CircuitProperties properties, Clock clock, MeterRegistry registry) {
        this.maxInFlight = properties.maxInFlight();
        for (Channel channel : Channel.values()) {
            CircuitBreaker breaker = new CircuitBreaker(properties.failureThreshold(), properties.openFor(), clock);
            breakers.put(channel, breaker);
            inFlight.put(channel, new AtomicInteger());
            for (CircuitState state : CircuitState.values()) {
                Gauge.builder("appeals.channel.circuit", breaker, b -> b.state() == state ? 1 : 0)
                        .tags("channel", channel.name(), "state", state.name().toLowerCase(Locale.ROOT))
                        .description("1 for the channel's current circuit state").register(registry);
            }
        }
    }

    /** Channels no delivery should be claimed for now. */
    public Set<Channel> blocked() {
        Set<Channel> blocked = EnumSet.noneOf(Channel.class);
        breakers.forEach((channel, breaker) -> {
            if (breaker.refusing() || inFlight.get(channel).get() >= maxInFlight) {
                blocked.add(channel);
            }
        });
        return blocked;
    }

    /** A sender took a delivery of the channel; pair with {@link #left}. */
    public void entered(Channel channel) {
        inFlight.get(channel).incrementAndGet();
    }

    public void left(Channel channel) {
        inFlight.get(channel).decrementAndGet();
    }

    /** Whether a call to the channel's adapter may go now; an allowed call must end in one of the three reports. */
    public boolean tryAcquire(Channel channel) {
        return breakers.get(channel).tryAcquire();
    }

    public void succeeded(Channel channel) {
        breakers.get(channel).succeeded();
    }

    public void failed(Channel channel) {
        breakers.get(channel).failed();
    }

    public void abandoned(Channel channel) {
        breakers.get(channel).abandoned();
    }

    public Instant retryAt(Channel channel) {
        return breakers.get(channel).retryAt();
    }

    public CircuitState state(Channel channel) {
        return breakers.get(channel).state();
    }
}
