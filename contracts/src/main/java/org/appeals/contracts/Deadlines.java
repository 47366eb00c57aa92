package org.appeals.contracts;

import java.time.Instant;

/** When the department must first react and when it must answer; either may be unknown (null). */
public record Deadlines(Instant firstReactionDue, Instant answerDue) {
}
