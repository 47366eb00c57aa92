package org.appeals.department.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.appeals.contracts.AppealOverdue;
import org.appeals.contracts.DeadlineKind;
import org.appeals.contracts.Topics;
import org.appeals.department.appeal.AppealChange;
import org.appeals.department.appeal.Appeals;
import org.appeals.department.testing.DepartmentIntegrationTest;
import org.appeals.department.testing.Events;
import org.appeals.support.outbox.OutboxRelay;
import org.appeals.support.testing.OtherInstance;
import org.appeals.support.testing.TopicReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** Two instances, one relay: while another instance holds the relay's lock, this one publishes nothing. */
class OutboxRelayLockIT extends DepartmentIntegrationTest {

    private static final String RELAY_LOCK = "outbox-relay";
    /** The scheduled relay runs every 200 ms here: ten rounds. */
    private static final Duration HELD_FOR_A_WHILE = Duration.ofSeconds(2);

    @Autowired
    OutboxRelay relay;

    @Autowired
    Appeals store;

    @Autowired
    WorkflowStore writes;


    @RegisterExtension
    final OtherInstance other = new OtherInstance();

    @Test
    void aStrandedEventWaitsWhileAnotherInstanceHoldsTheRelayAndIsPublishedOnceItLetsGo() {
        String department = Events.department();
        UUID appealId = UUID.randomUUID();
        publish(Topics.APPEALS_ASSIGNED, Events.assigned(appealId, department));
        awaitItem(department, appealId, item -> true);
        other.takeOnceFree(RELAY_LOCK);

        try (var overdue = new TopicReader(brokers, Topics.APPEALS_OVERDUE)) {
            strandEvent(appealId, department);
            relay.relay();
            await().during(HELD_FOR_A_WHILE).atMost(HELD_FOR_A_WHILE.plusSeconds(2))
                    .until(() -> overdue.valuesFor(appealId.toString()).isEmpty() && stranded(appealId));

            other.release(RELAY_LOCK);
            relay.relay();

            await().atMost(WAIT).until(() -> overdue.valuesFor(appealId.toString()).size() == 1);
            await().atMost(WAIT).until(() -> !stranded(appealId));
        }
    }

    /** An event stored with a change a minute ago that its request never published (a crash, the broker away). */
    private void strandEvent(UUID appealId, String department) {
        Instant aMinuteAgo = Instant.now().minusSeconds(60);
        var event = new AppealOverdue(AppealOverdue.SCHEMA_VERSION, UUID.randomUUID(), appealId, aMinuteAgo,
                department, DeadlineKind.FIRST_REACTION, aMinuteAgo);
        assertThat(writes.apply(store.find(appealId).orElseThrow(),
                new AppealChange().publish(Topics.APPEALS_OVERDUE, event))).isTrue();
    }

    private boolean stranded(UUID appealId) {
        return !store.find(appealId).orElseThrow().outbox().isEmpty();
    }
}
