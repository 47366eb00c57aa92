package org.appeals.intake.registration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.appeals.contracts.Channel;
import org.springframework.stereotype.Component;

/** {@code appeals.received} (new appeals) and {@code appeals.duplicates} (posts of an appeal already held), by channel. */
@Component
class RegistrationMetrics {

    static final String RECEIVED = "appeals.received";
    static final String DUPLICATES = "appeals.duplicates";

    private final MeterRegistry registry;

    RegistrationMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (Channel channel : Channel.values()) {
            // every channel shows from the start, so a silent channel reads as 0 rather than as no data
            counter(RECEIVED, channel);
            counter(DUPLICATES, channel);
        }
    }

    void received(Channel channel) {
        counter(RECEIVED, channel).increment();
    }

    void duplicate(Channel channel) {
        counter(DUPLICATES, channel).increment();
    }

    private Counter counter(String name, Channel channel) {
        return Counter.builder(name).tag("channel", channel.name()).register(registry);
    }
}
