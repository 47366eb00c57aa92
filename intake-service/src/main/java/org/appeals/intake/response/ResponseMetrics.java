package org.appeals.intake.response;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.appeals.contracts.Channel;
import org.appeals.contracts.ResponseKind;
import org.springframework.stereotype.Component;

/** {@code appeals.responses}: residents' responses accepted (repeats not counted), by kind and channel. */
@Component
class ResponseMetrics {

    static final String RESPONSES = "appeals.responses";

    private final MeterRegistry registry;

    ResponseMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (ResponseKind kind : ResponseKind.values()) {
            for (Channel channel : Channel.values()) {
                // every series shows from the start, so "no feedback" reads as 0 rather than as no data
                counter(kind, channel);
            }
        }
    }

    void accepted(ResponseKind kind, Channel channel) {
        counter(kind, channel).increment();
    }

    private Counter counter(ResponseKind kind, Channel channel) {
        return Counter.builder(RESPONSES).tag("kind", kind.name()).tag("channel", channel.name()).register(registry);
    }
}
