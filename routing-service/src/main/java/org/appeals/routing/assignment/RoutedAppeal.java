package org.appeals.routing.assignment;

import java.time.Instant;
import java.util.UUID;
import org.appeals.contracts.Channel;

/**
 * An appeal as routing keeps it: what triage needs to show an operator (channel, time, the resident's text), the
 * current decision about it and the departments that declined it.
 */
public record RoutedAppeal(UUID appealId, UUID receivedEventId, Channel channel, Instant receivedAt, String text,
                           Decision decision, Declines declines) {

    public RoutedAppeal {
        declines = declines == null ? Declines.none() : declines;
    }

    /** An appeal nobody declined yet. */
    public RoutedAppeal(UUID appealId, UUID receivedEventId, Channel channel, Instant receivedAt, String text,
                        Decision decision) {
        this(appealId, receivedEventId, channel, receivedAt, text, decision, Declines.none());
    }

    /** Leaves out the resident's text: this may end up in a log. */
    @Override
    public String toString() {
        return "RoutedAppeal[appealId=" + appealId + ", channel=" + channel + ", outcome=" + decision.outcome()
                + ", eventId=" + decision.eventId() + ", declinedBy=" + declines.departments() + "]";
    }
}
