package org.appeals.support.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Map;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import org.appeals.support.testing.MongoWireServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two instances of a service on one store: one reports the gauge, and the other takes over when it stops. */
class ElectedGaugeIT {

    private static final Duration REFRESH = Duration.ofMillis(200);
    private static final Map<Tags, Integer> COUNTS = Map.of(Tags.of("state", "assigned"), 7,
            Tags.of("state", "in_progress"), 3);

    private final MongoWireServer mongo = MongoWireServer.start();
    private final Instance first = new Instance(mongo.uri());
    private final Instance second = new Instance(mongo.uri());

    @AfterEach
    void stop() {
        first.client.close();
        second.client.close();
        mongo.close();
    }

    @Test
    void onlyOneInstanceReportsSoTheSumOverInstancesIsTheTruth() {
        for (int round = 0; round < 5; round++) {
            first.gauge.refresh(() -> COUNTS);
            second.gauge.refresh(() -> COUNTS);
        }

        assertThat(first.reported() + second.reported()).isEqualTo(10.0);
        assertThat(first.series()).isEqualTo(2);
        assertThat(second.series()).as("the second instance reports nothing while the first holds the lease")
                .isZero();
    }

    @Test
    void whenTheReporterStopsRefreshingAnotherInstanceTakesOverAndTheFormerOneWithdraws() throws Exception {
        first.gauge.refresh(() -> COUNTS);
        second.gauge.refresh(() -> COUNTS);
        assertThat(second.series()).isZero();

        Thread.sleep(REFRESH.multipliedBy(3).plusMillis(100).toMillis()); // the first one is gone for a whole term
        second.gauge.refresh(() -> COUNTS);
        assertThat(second.reported()).isEqualTo(10.0);

        first.gauge.refresh(() -> COUNTS); // back again: it finds the lease taken
        assertThat(first.series()).isZero();
        assertThat(first.reported() + second.reported()).isEqualTo(10.0);
    }

    @Test
    void theHolderKeepsTheLeaseAcrossManyTerms() throws Exception {
        for (int round = 0; round < 8; round++) {
            first.gauge.refresh(() -> COUNTS);
            second.gauge.refresh(() -> COUNTS);
            Thread.sleep(REFRESH.toMillis());
        }
        assertThat(first.series()).isEqualTo(2);
        assertThat(second.series()).isZero();
    }

    private static final class Instance {

        final MongoClient client;
        final MeterRegistry registry = new SimpleMeterRegistry();
        final ElectedGauge gauge;

        Instance(String uri) {
            client = MongoClients.create(uri);
            var locks = new MongoLockProvider(client.getDatabase("gauges-test").getCollection("scheduler_locks"));
            gauge = new ElectedGauges(locks, registry).gauge("appeals.by.state", "appeals by state", REFRESH);
        }

        int series() {
            return registry.find("appeals.by.state").gauges().size();
        }

        double reported() {
            return registry.find("appeals.by.state").gauges().stream().mapToDouble(g -> g.value()).sum();
        }
    }
}
