package org.appeals.notification.circuit;

/** A channel's circuit, as the {@code appeals.channel.circuit} gauge reports it. */
public enum CircuitState {
    /** Calls go through. */
    CLOSED,
    /** The adapter failed too often: no calls until the open period ends. */
    OPEN,
    /** The open period ended: one trial call decides whether to close or open again. */
    HALF_OPEN
}
