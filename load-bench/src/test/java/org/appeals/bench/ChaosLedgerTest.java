package org.appeals.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChaosLedgerTest {

    private final ChaosLedger ledger = new ChaosLedger("chaos-run1-");

    @Test
    void aRetriedAppealAcceptedTwiceUnderOneIdAndPlacedOnceIsNeitherLostNorDuplicated() {
        ledger.sent("chaos-run1-0");
        ledger.accepted("chaos-run1-0", "a0");
        ledger.accepted("chaos-run1-0", "a0");
        ledger.received("a0", "chaos-run1-0", 600);
        ledger.inInbox("a0", "volzhsky-housing", "e1", 10);
        ledger.inInbox("a0", "volzhsky-housing", "e1", 20); // the watch read the event again after a rebalance

        assertThat(ledger.tally()).isEqualTo(new ChaosTally(1, 1, 1, 0, 0, 0, 0, 0));
    }

    @Test
    void anAcceptedAppealNeverPlacedIsLostAndSoIsOneIntakeNoLongerKnows() {
        accept("chaos-run1-1", "never-placed");
        accept("chaos-run1-2", "forgotten");
        ledger.triaged("forgotten", "e2");
        ledger.unknownToIntake("forgotten");
        accept("chaos-run1-3", "placed");
        ledger.triaged("placed", "e3");

        ChaosTally tally = ledger.tally();

        assertThat(tally.lost()).isEqualTo(2);
        assertThat(tally.unknownToIntake()).isEqualTo(1);
        assertThat(tally.placed()).isEqualTo(2);
        assertThat(tally.inTriageOnly()).isEqualTo(2);
        assertThat(ledger.unplaced()).isEqualTo(1);
        assertThat(ledger.lostExamples(5)).containsExactly("forgotten", "never-placed");
    }

    @Test
    void twoAppealIdsForOneExternalIdAndTwoDistinctPlacementsAreDuplicates() {
        accept("chaos-run1-4", "first");
        ledger.received("second", "chaos-run1-4", 600);
        ledger.inInbox("first", "region-waste", "e4", 1);
        accept("chaos-run1-5", "twice");
        ledger.inInbox("twice", "region-waste", "e5", 1);
        ledger.inInbox("twice", "region-waste", "e6", 2);

        ChaosTally tally = ledger.tally();

        assertThat(tally.twoAppealIds()).isEqualTo(1);
        assertThat(tally.placedTwice()).isEqualTo(1);
        assertThat(tally.duplicated()).isEqualTo(2);
        assertThat(ledger.duplicatedExamples(5)).containsExactly("first+second", "twice");
        assertThat(tally.lost()).isZero();
    }

    @Test
    void aPlacementSeenBeforeThe202CountsAndOtherRunsAppealsAreIgnored() {
        ledger.sent("chaos-run1-6");
        ledger.inInbox("early", "mikhailovka-roads", "e7", 1);
        ledger.received("early", "chaos-run1-6", 600);
        ledger.accepted("chaos-run1-6", "early");
        ledger.received("x", "wall-201_1001", 600);
        ledger.received("y", "wall-201_1001", 600);

        assertThat(ledger.tally()).isEqualTo(new ChaosTally(1, 1, 1, 0, 0, 0, 0, 0));
    }

    @Test
    void anAppealTheAdapterNeverGotA202ForIsNotCountedAsLost() {
        ledger.sent("chaos-run1-7");

        assertThat(ledger.tally()).isEqualTo(new ChaosTally(1, 0, 0, 0, 0, 0, 0, 0));
    }

    private void accept(String externalId, String appealId) {
        ledger.sent(externalId);
        ledger.accepted(externalId, appealId);
    }
}
