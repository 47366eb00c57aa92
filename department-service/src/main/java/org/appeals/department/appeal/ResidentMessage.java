package org.appeals.department.appeal;

import java.time.Instant;
import java.util.UUID;
import org.appeals.contracts.Masking;
import org.appeals.contracts.ResponseKind;

/**
 * What the resident wrote back about the appeal: a reply to the department's question, or feedback on the answer.
 *
 * @param rating 1-5 for feedback, else null
 * @param solved for feedback, whether the problem is solved; else null
 */
public record ResidentMessage(UUID responseId, ResponseKind kind, String text, Integer rating, Boolean solved,
                              Instant at) {

    @Override
    public String toString() {
        return "ResidentMessage[responseId=" + responseId + ", kind=" + kind + ", text=" + Masking.mask(text)
                + ", rating=" + rating + ", solved=" + solved + "]";
    }
}
