package org.appeals.notification;

import io.micrometer.core.instrument.MeterRegistry;
import org.appeals.contracts.Channel;
import org.appeals.notification.delivery.Deliveries;
import org.appeals.support.testing.OtherInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two instances, one reporter: {@code appeals.deliveries.parked} comes from the instance holding the gauge's lease
 * only, so summing it over instances counts each parked delivery once.
 */
class ParkedGaugeElectionIT extends NotificationITBase {

    private static final String GAUGE = "appeals.deliveries.parked";
    private static final String LEASE = "gauge:" + GAUGE;

    @Autowired
    MeterRegistry meters;


    @Autowired
    Deliveries deliveries;

    @RegisterExtension
    final OtherInstance other = new OtherInstance();

    @Test
    void theLeaseHolderReportsEveryChannelAndWithdrawsWhileAnotherInstanceHoldsTheLease() {
        eventually().until(() -> series() == Channel.values().length);
        eventually().until(() -> reported(Channel.WEB) == deliveries.countParked(Channel.WEB));

        // as after this instance stopped renewing for a term: the lease names the other one
        other.takeOver(LEASE);
        eventually().until(() -> series() == 0);

        other.release(LEASE);
        eventually().until(() -> series() == Channel.values().length);
        eventually().until(() -> reported(Channel.TELEGRAM) == deliveries.countParked(Channel.TELEGRAM));
    }

    private int series() {
        return meters.find(GAUGE).gauges().size();
    }

    private double reported(Channel channel) {
        return meters.get(GAUGE).tag("channel", channel.name()).gauge().value();
    }
}
