package org.appeals.intake.appeal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.appeals.contracts.AppealReceived;
import org.appeals.contracts.Channel;

/**
 * Registered appeals, each stored with its AppealReceived event waiting in the appeal's outbox until the broker has
 * it (service-support's outbox, whose relay publishes what a request left behind).
 */
public interface Appeals {

    /**
     * Stores a new appeal and its event in one write; if its channel and external id are taken, stores nothing and
     * answers the appeal that has them.
     */
    Stored store(AppealReceived received);

    /**
     * Publishes the AppealReceived that {@link #store} kept in the appeal's outbox. True once the broker acknowledged
     * it; false, never an exception, if it did not: the event stays stored and the outbox relay publishes it later.
     */
    boolean publish(AppealReceived received);

    Optional<AppealReceived> find(UUID appealId);

    /** The appeal registered under this registration number ({@code 34-2026-004217}), if any. */
    Optional<UUID> numbered(String registrationNumber);

    /** The appeal a channel's external id is registered as, if any. */
    Optional<UUID> holderOf(Channel channel, String externalId);

    /**
     * Appeals of a channel whose external id matches {@code externalIdPattern} (a regular expression anchored by the
     * caller), registered in {@code [from, to)}, newest first.
     */
    List<AppealReceived> registered(Channel channel, String externalIdPattern, Instant from, Instant to, int limit);

    /** Which appeal holds a channel's external id, and whether this call registered it. */
    record Stored(UUID appealId, boolean created) {
    }
}
