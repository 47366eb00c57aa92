package org.appeals.intake.appeal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.appeals.contracts.Channel;
import org.appeals.contracts.ResidentResponded;

/**
 * Residents' responses to appeals, each stored with its ResidentResponded event waiting in the response's outbox
 * until the broker has it (service-support's outbox, whose relay publishes what a request left behind).
 */
public interface Responses {

    /**
     * Stores a new response and its event in one write; if its channel and external id are taken, stores nothing and
     * answers the response that has them. A response without an external id cannot be told from another, so it is
     * always new.
     */
    Stored store(ResidentResponded response);

    /**
     * Publishes the ResidentResponded that {@link #store} kept in the response's outbox. True once the broker
     * acknowledged it; false, never an exception, if it did not: the event stays stored and the relay publishes it.
     */
    boolean publish(ResidentResponded response);

    /** The response a channel's message became, if it was stored before. */
    Optional<ResidentResponded> find(Channel channel, String externalId);

    /** The responses to an appeal, in no particular order. */
    List<ResidentResponded> of(UUID appealId);

    /** The response that holds a channel's external id, and whether this call stored it. */
    record Stored(ResidentResponded response, boolean created) {
    }
}
