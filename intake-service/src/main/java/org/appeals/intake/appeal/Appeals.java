package org.appeals.intake.appeal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.appeals.contracts.AppealReceived;
import org.appeals.contracts.Channel;

/** Registered appeals with their AppealReceived event and whether it has been published yet (the outbox). */
public interface Appeals {

    /** Stores a new appeal, unpublished; if its channel and external id are taken, answers the appeal that has them. */
    Stored store(AppealReceived received);

    Optional<AppealReceived> find(UUID appealId);

    /**
     * Appeals of a channel whose external id matches {@code externalIdPattern} (a regular expression anchored by the
     * caller), registered in {@code [from, to)}, newest first.
     */
    List<AppealReceived> registered(Channel channel, String externalIdPattern, Instant from, Instant to, int limit);

    void markPublished(UUID appealId);

    /** Appeals registered before {@code registeredBefore} whose event the broker has not acknowledged, oldest first. */
    List<AppealReceived> unpublished(Instant registeredBefore, int limit);

    /** Which appeal holds a channel's external id, and whether this call registered it. */
    record Stored(UUID appealId, boolean created) {
    }
}
