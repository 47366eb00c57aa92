package org.appeals.routing.assignment;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The departments that declined an appeal ("not ours"), in order, and the answer events that said so: routing never
 * sends the appeal back to any of them, and applies each answer once.
 */
public record Declines(List<String> departments, List<UUID> answerEvents) {

    public Declines {
        departments = departments == null ? List.of() : List.copyOf(departments);
        answerEvents = answerEvents == null ? List.of() : List.copyOf(answerEvents);
    }

    /** Nobody declined yet. */
    public static Declines none() {
        return new Declines(List.of(), List.of());
    }

    /** The departments as a set, to exclude them. */
    public Set<String> excluded() {
        return Set.copyOf(departments);
    }

    /** Whether this answer event was applied already. */
    public boolean applied(UUID answerEventId) {
        return answerEvents.contains(answerEventId);
    }
}
