package org.appeals.intake.appeal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.appeals.contracts.AppealAnswered;
import org.appeals.contracts.AppealAssigned;
import org.appeals.contracts.AppealEvent;
import org.appeals.contracts.AppealNotified;
import org.appeals.contracts.AppealOverdue;
import org.appeals.contracts.AppealReceived;
import org.appeals.contracts.AppealStateChanged;
import org.appeals.contracts.Channel;
import org.appeals.contracts.Deadlines;

/**
 * Everything intake knows about one appeal: the registered appeal ({@code received}, null when only later events
 * reached us), the events of the other services, whatever order they arrived in, and the resident's responses.
 */
public record AppealHistory(UUID appealId, AppealReceived received, List<AppealEvent> events) {

    /** Later events in the order they happened; at the same instant, in lifecycle order. */
    private static final Comparator<AppealEvent> HAPPENED = Comparator.comparing(AppealEvent::occurredAt)
            .thenComparingInt(AppealHistory::lifecycleRank)
            .thenComparing(AppealEvent::eventId);

    /** Which of two events at the same instant comes first: a department answers, then moves, then it is delivered. */
    private static final List<Class<?>> LIFECYCLE =
            List.of(AppealAssigned.class, AppealAnswered.class, AppealStateChanged.class, AppealNotified.class);

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

    /**
     * The deadlines in force: those of the last routing decision or workflow move that carried any, so a department's
     * new deadline (an interim answer, a reopening) replaces routing's first one.
     */
    public Optional<Deadlines> deadlines() {
        Deadlines current = null;
        for (AppealEvent event : events) {
            if (event instanceof AppealAssigned assigned) {
                current = assigned.deadlines();
            } else if (event instanceof AppealStateChanged changed && changed.deadlines() != null) {
                current = changed.deadlines();
            }
        }
        return Optional.ofNullable(current);
    }

    /** The deadlines the department missed, in the order they were flagged. */
    public List<AppealOverdue> overdue() {
        return events.stream().filter(AppealOverdue.class::isInstance).map(AppealOverdue.class::cast).toList();
    }

    /** The department of the latest workflow move, if the department service has moved the appeal at all. */
    public Optional<String> workflowDepartment() {
        String department = null;
        for (AppealEvent event : events) {
            if (event instanceof AppealStateChanged changed && changed.departmentId() != null) {
                department = changed.departmentId();
            }
        }
        return Optional.ofNullable(department);
    }

    /** The incident the department's latest workflow move puts the appeal in, if any. */
    public Optional<UUID> incidentId() {
        UUID incident = null;
        for (AppealEvent event : events) {
            if (event instanceof AppealStateChanged changed) {
                incident = changed.incidentId();
            }
        }
        return Optional.ofNullable(incident);
    }

    public Optional<Channel> channel() {
        return Optional.ofNullable(received).map(AppealReceived::channel);
    }

    private static int lifecycleRank(AppealEvent event) {
        for (int rank = 0; rank < LIFECYCLE.size(); rank++) {
            if (LIFECYCLE.get(rank).isInstance(event)) {
                return rank;
            }
        }
        return LIFECYCLE.size();
    }
}
