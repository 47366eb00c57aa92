package org.appeals.department.appeal;

import java.time.Instant;
import java.util.List;
import org.appeals.contracts.Actor;

/**
 * The centre operators' review of a final answer.
 *
 * @param flags what the automatic check found (codes and messages; never the personal data itself)
 * @param comment the operator's reason for returning the answer, shown to the department
 * @param decidedBy the operator who decided (id and role); reviews decided before reviews kept the role have none
 */
public record Review(Status status, List<Flag> flags, String comment, Actor decidedBy, Instant decidedAt) {

    public enum Status {
        PENDING,
        APPROVED,
        RETURNED
    }

    /** A flag of the automatic check as the department and the operators read it. */
    public record Flag(String code, String message, String fragment) {
    }

    public Review {
        flags = flags == null ? List.of() : List.copyOf(flags);
    }

    public static Review pending(List<Flag> flags) {
        return new Review(Status.PENDING, flags, null, null, null);
    }

    public Review decided(Status outcome, Actor byOperator, String withComment, Instant at) {
        return new Review(outcome, flags, withComment, byOperator, at);
    }
}
