package org.appeals.intake.appeal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.appeals.contracts.AppealAnswered;
import org.appeals.contracts.AppealAssigned;
import org.appeals.contracts.AppealEvent;
import org.appeals.contracts.AppealReceived;
import org.appeals.contracts.Channel;

/**
 * Everything intake knows about one appeal: the registered appeal ({@code received}, null when only later events
 * reached us) and the events of the other services, whatever order they arrived in.
 */
public record AppealHistory(UUID appealId, AppealReceived received, List<AppealEvent> events) {

    /** Later events in the order they happened; at the same instant, in lifecycle order. */
    private static final Comparator<AppealEvent> HAPPENED = Comparator.comparing(AppealEvent::occurredAt)
            .thenComparingInt(AppealHistory::lifecycleRank)
            .thenComparing(AppealEvent::eventId);

    public AppealHistory {
        events = events.stream().sorted(HAPPENED).toList();
    }

    /** The registration first (everything else follows from it, whatever the clocks say), then the rest. */
    public List<AppealEvent> timeline() {
        List<AppealEvent> timeline = new ArrayList<>();
        if (received != null) {
            timeline.add(received);
        }
        timeline.addAll(events);
        return timeline;
    }

    public AppealStatus status() {
        return StatusDerivation.derive(timeline());
    }

    /** The routing decision in force: the one made last. */
    public Optional<AppealAssigned> latestAssignment() {
        AppealAssigned latest = null;
        for (AppealEvent event : events) {
            if (event instanceof AppealAssigned assigned) {
                latest = assigned;
            }
        }
        return Optional.ofNullable(latest);
    }

    public Optional<Channel> channel() {
        return Optional.ofNullable(received).map(AppealReceived::channel);
    }

    private static int lifecycleRank(AppealEvent event) {
        if (event instanceof AppealAssigned) {
            return 1;
        }
        return event instanceof AppealAnswered ? 2 : 3;
    }
}
