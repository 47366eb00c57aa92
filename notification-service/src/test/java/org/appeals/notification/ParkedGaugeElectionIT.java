package org.appeals.notification;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.appeals.contracts.Channel;
import org.appeals.notification.delivery.Deliveries;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
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
    MongoDatabase database;

    @Autowired
    Deliveries deliveries;

    @AfterEach
    void endTheOtherInstancesLease() {
        leases().updateOne(eq("_id", LEASE), set("lockUntil", new Date()));
    }

    @Test
    void theLeaseHolderReportsEveryChannelAndWithdrawsWhileAnotherInstanceHoldsTheLease() {
        eventually().until(() -> series() == Channel.values().length);
        eventually().until(() -> reported(Channel.WEB) == deliveries.countParked(Channel.WEB));

        anotherInstanceTakesTheLease();
        eventually().until(() -> series() == 0);

        endTheOtherInstancesLease();
        eventually().until(() -> series() == Channel.values().length);
        eventually().until(() -> reported(Channel.TELEGRAM) == deliveries.countParked(Channel.TELEGRAM));
    }

    /** As after this instance stopped renewing for a term: the lease names the other one, for a day. */
    private void anotherInstanceTakesTheLease() {
        Date now = new Date();
        leases().updateOne(eq("_id", LEASE), combine(set("lockUntil", Date.from(Instant.now().plus(Duration.ofDays(1)))),
                set("lockedAt", now), set("lockedBy", "other-instance")), new UpdateOptions().upsert(true));
    }

    private int series() {
        return meters.find(GAUGE).gauges().size();
    }

    private double reported(Channel channel) {
        return meters.get(GAUGE).tag("channel", channel.name()).gauge().value();
    }

    private MongoCollection<Document> leases() {
        return database.getCollection("scheduler_locks");
    }
}
