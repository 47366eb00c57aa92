package org.appeals.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerTest {

    private final List<String> answered = new ArrayList<>();
    private final Ledger ledger = new Ledger("bench-run1-", trace -> answered.add(trace.appealId));

    @Test
    void anAppealSeenInItsInboxBeforeTheBenchGotIts202IsStillCountedOnceWithoutNegativeLatency() {
        ledger.inInbox("a1", "mikhailovka-roads", "e1", 1_000);
        ledger.accepted("a1", 5_000);

        assertThat(ledger.accepted()).isEqualTo(1);
        assertThat(ledger.latencies(t -> t.inboxAt != 0, Trace::toInbox)).containsExactly(0L);
        assertThat(answered).containsExactly("a1");
    }

    @Test
    void answersOnlyTheRunsOwnAppealsAndOnlyOnce() {
        ledger.received("a2", "bench-run1-7", 600);
        ledger.received("other", "wall-201_1001", 600);
        ledger.inInbox("a2", "volzhsky-housing", "e1", 10);
        ledger.inInbox("a2", "volzhsky-housing", "e1", 20);
        ledger.inInbox("other", "volzhsky-housing", "e2", 30);

        assertThat(answered).containsExactly("a2");
        assertThat(ledger.meanReceivedBytes()).isEqualTo(600);
    }

    @Test
    void anAcceptedAppealNeitherInAnInboxNorInTriageIsNotAccountedFor() {
        ledger.accepted("placed", 1);
        ledger.inInbox("placed", "region-waste", "e3", 2);
        ledger.accepted("triaged", 1);
        ledger.triaged("triaged", "e-t");
        ledger.accepted("missing", 1);

        assertThat(ledger.count(t -> !t.placed())).isEqualTo(1);
    }
}
