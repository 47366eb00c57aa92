package org.appeals.notification.tracking;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.appeals.contracts.Channel;
import org.appeals.notification.delivery.Deliveries;
import org.springframework.stereotype.Component;

/**
 * {@code appeals.deliveries.parked{channel}}: deliveries waiting for an operator, counted in the database at each
 * scrape, so every instance of the service reports the same truth (NaN while the database is away).
 */
@Component
class ParkedGauges {

    ParkedGauges(Deliveries deliveries, MeterRegistry registry) {
        for (Channel channel : Channel.values()) {
            Gauge.builder("appeals.deliveries.parked", deliveries, d -> count(d, channel))
                    .tags("channel", channel.name())
                    .description("parked deliveries waiting for an operator's re-send")
                    .register(registry);
        }
    }

    private static double count(Deliveries deliveries, Channel channel) {
        try {
            return deliveries.countParked(channel);
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
