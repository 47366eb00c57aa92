package org.appeals.intake.resident;

import java.time.Instant;
import java.util.List;

/** Wrong access codes tried per number, kept where every intake instance sees them. */
interface CodeFailures {

    /** A wrong code for {@code number} at {@code at}; forgotten after {@code forgetAt}. */
    void record(String number, Instant at, Instant forgetAt);

    /** When wrong codes were tried for {@code number} since {@code since}, oldest first. */
    List<Instant> since(String number, Instant since);
}
