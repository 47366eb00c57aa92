package org.appeals.routing.assignment;

import java.time.Instant;
import java.util.UUID;
import org.appeals.contracts.Category;
import org.appeals.contracts.Channel;

/**
 * An appeal as routing keeps it: what triage needs to show an operator (channel, time, the resident's text and the
 * category the resident chose), the current decision about it and the departments that declined it.
 *
 * @param categoryHint the category the resident chose, kept so triage shows it and a new classification can weigh it
 *                     again; null when none was chosen or its code was unknown
 */
public record RoutedAppeal(UUID appealId, UUID receivedEventId, Channel channel, Instant receivedAt, String text,
                           Decision decision, Declines declines, Category categoryHint) {

    public RoutedAppeal {
        declines = declines == null ? Declines.none() : declines;
    }

    /** An appeal whose resident chose no category. */
    public RoutedAppeal(UUID appealId, UUID receivedEventId, Channel channel, Instant receivedAt, String text,
                        Decision decision, Declines declines) {
        this(appealId, receivedEventId, channel, receivedAt, text, decision, declines, null);
    }

    /** An appeal nobody declined yet, whose resident chose no category. */
    public RoutedAppeal(UUID appealId, UUID receivedEventId, Channel channel, Instant receivedAt, String text,
                        Decision decision) {
        this(appealId, receivedEventId, channel, receivedAt, text, decision, Declines.none(), null);
    }

    /** Leaves out the resident's text: this may end up in a log. */
    @Override
    public String toString() {
        return "RoutedAppeal[appealId=" + appealId + ", channel=" + channel + ", outcome=" + decision.outcome()
                + ", eventId=" + decision.eventId() + ", declinedBy=" + declines.departments()
                + ", categoryHint=" + categoryHint + "]";
    }
}
