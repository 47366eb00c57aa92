package org.appeals.routing.directory;

import org.appeals.contracts.Category;
import org.appeals.contracts.Municipality;
import org.appeals.contracts.RoutingOutcome;
import org.appeals.contracts.RoutingReason;

/**
 * Where an appeal goes: a department ({@link RoutingOutcome#ASSIGNED}) or manual triage (department null), with the
 * category and municipality as told or guessed, and why.
 */
public record Placement(RoutingOutcome outcome, Category category, Municipality municipality, Department department,
                        RoutingReason reason) {
}
