package org.appeals.department.overdue;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.appeals.contracts.DeadlineKind;
import org.appeals.contracts.Topics;
import org.appeals.department.appeal.Appeals;
import org.appeals.department.appeal.OverdueFlag;
import org.appeals.department.testing.DepartmentIntegrationTest;
import org.appeals.department.testing.Events;
import org.appeals.support.testing.OtherInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The service as one of several instances: while another instance holds the sweep's lock, or the lease of the
 * state gauge, this one leaves the work to it; once the other lets go, this one does it.
 */
class OneInstanceAtATimeIT extends DepartmentIntegrationTest {

    private static final String SWEEP_LOCK = "department.overdue-sweep";
    private static final String GAUGE_LEASE = "gauge:appeals.by.state";

    @Autowired
    OverdueSweep sweep;

    @Autowired
    StateGauges gauges;

    @Autowired
    Appeals store;

    @Autowired
    MeterRegistry registry;


    @RegisterExtension
    final OtherInstance other = new OtherInstance();

    @Test
    void aMissedDeadlineIsNotSweptHereWhileAnotherInstanceSweepsAndIsOnceItLetsGo() {
        String department = Events.department();
        UUID appealId = assigned(department);
        clock.advance(Duration.ofDays(5));
        other.takeOnceFree(SWEEP_LOCK);

        sweep.scheduled();
        assertThat(store.find(appealId).orElseThrow().overdue()).isEmpty();

        other.release(SWEEP_LOCK);
        sweep.scheduled();
        assertThat(store.find(appealId).orElseThrow().overdue()).extracting(OverdueFlag::deadline)
                .containsExactly(DeadlineKind.FIRST_REACTION);
    }

    @Test
    void appealsByStateAreReportedWhileThisInstanceHoldsTheLeaseAndWithdrawnWhileAnotherDoes() {
        String department = Events.department();
        assigned(department);
        gauges.refresh();
        assertThat(assignedIn(department)).contains(1.0);

        other.takeOver(GAUGE_LEASE);
        gauges.refresh();
        assertThat(assignedIn(department)).isEmpty();

        other.leave();
        gauges.refresh();
        assertThat(assignedIn(department)).contains(1.0);
    }

    private Optional<Double> assignedIn(String department) {
        return Optional.ofNullable(registry.find("appeals.by.state").tags("department", department, "state",
                "assigned").gauge()).map(Gauge::value);
    }

    private UUID assigned(String department) {
        UUID appealId = UUID.randomUUID();
        publish(Topics.APPEALS_ASSIGNED, Events.assigned(appealId, department));
        awaitItem(department, appealId, item -> true);
        return appealId;
    }
}
