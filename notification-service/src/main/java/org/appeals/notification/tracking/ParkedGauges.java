package org.appeals.notification.tracking;

import io.micrometer.core.instrument.Tags;
import java.util.LinkedHashMap;
import java.util.Map;
import org.appeals.contracts.Channel;
import org.appeals.notification.delivery.Deliveries;
import org.appeals.support.scheduling.ElectedGauge;
import org.appeals.support.scheduling.ElectedGauges;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * {@code appeals.deliveries.parked{channel}}: deliveries waiting for an operator, counted over the whole database.
 * Only the instance holding the gauge's lease reports it, so {@code sum} over instances counts each delivery once;
 * while the database is away no instance can hold the lease, and the series go once it lapses.
 */
@Component
class ParkedGauges {

    private static final String NAME = "appeals.deliveries.parked";

    private final Deliveries deliveries;
    private final ElectedGauge gauge;

    ParkedGauges(Deliveries deliveries, ElectedGauges gauges, ParkedGaugeProperties properties) {
        this.deliveries = deliveries;
        this.gauge = gauges.gauge(NAME, "parked deliveries waiting for an operator's re-send",
                properties.refreshInterval());
    }

    @Scheduled(fixedDelayString = "${appeals.notification.parked-gauge.refresh-interval:10s}")
    void refresh() {
        gauge.refresh(this::countByChannel);
    }

    /** Every channel, with 0 too: a channel's series does not come and go with its first parked delivery. */
    private Map<Tags, Long> countByChannel() {
        Map<Tags, Long> counts = new LinkedHashMap<>();
        for (Channel channel : Channel.values()) {
            counts.put(Tags.of("channel", channel.name()), deliveries.countParked(channel));
        }
        return counts;
    }
}
