package org.appeals.intake.appeal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.appeals.contracts.Channel;
import org.appeals.contracts.ResidentResponded;

/** Residents' responses to appeals, each with its ResidentResponded event and whether it is published yet (the outbox). */
public interface Responses {

    /**
     * Stores a new response, unpublished; if its channel and external id are taken, answers the response that has
     * them. A response without an external id cannot be told from another, so it is always new.
     */
    Stored store(ResidentResponded response);

    /** The response a channel's message became, if it was stored before. */
    Optional<ResidentResponded> find(Channel channel, String externalId);

    /** The responses to an appeal, in no particular order. */
    List<ResidentResponded> of(UUID appealId);

    void markPublished(UUID responseId);

    /** Responses stored before {@code storedBefore} whose event the broker has not acknowledged, oldest first. */
    List<ResidentResponded> unpublished(Instant storedBefore, int limit);

    /** The response that holds a channel's external id, and whether this call stored it. */
    record Stored(ResidentResponded response, boolean created) {
    }
}
