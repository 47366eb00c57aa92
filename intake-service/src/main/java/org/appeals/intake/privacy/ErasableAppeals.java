package org.appeals.intake.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.appeals.contracts.ErasureReason;
import org.appeals.contracts.PersonalDataErased;

/**
 * The appeals whose personal data may be erased, and the erasures: each one claimed once per appeal together with
 * its PersonalDataErased (held in the claim's outbox until the broker has it), then carried out in the stored appeal,
 * its answers and the resident's responses.
 */
interface ErasableAppeals {

    /**
     * Appeals not erased yet whose listing says closed and received before {@code receivedBefore} (an appeal closed
     * before a time was received before it), ids after {@code after} (null: from the first), in id order.
     */
    List<UUID> closedUnerased(Instant receivedBefore, UUID after, int limit);

    /** Appeals not erased yet whose author or reply address is the resident. */
    List<UUID> heldBy(ResidentKey resident);

    boolean erased(UUID appealId);

    /**
     * Claims the appeal's erasure with its event unless it was claimed before; answers the event the claim holds,
     * this one or the earlier one. {@code note} is the admin's reason for an erasure on request, else null.
     */
    PersonalDataErased claim(PersonalDataErased event, String note);

    /** Writes the anonymised texts and marks the appeal erased; the author and reply address go. */
    void anonymise(Anonymised appeal);

    /** Publishes the claimed event; false, never an exception, if the broker did not take it (the relay will). */
    boolean publish(PersonalDataErased event);

    /**
     * What stays of an appeal: its text, the text of answers ({@code answers}, by event id) and of the resident's
     * responses ({@code responses}, by response id) whose text changed, and the erasure's time and reason.
     */
    record Anonymised(UUID appealId, String text, Map<UUID, String> answers, Map<UUID, String> responses,
                      Instant at, ErasureReason reason) {
    }
}
