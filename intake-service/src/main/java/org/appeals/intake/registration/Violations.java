package org.appeals.intake.registration;

import java.util.ArrayList;
import java.util.List;

/** Collects what is wrong with a body, so the client learns about every bad field at once. */
final class Violations {

    private final String subject;
    private final List<FieldViolation> found = new ArrayList<>();

    Violations() {
        this("appeal");
    }

    /** {@code subject} names what the body is in the problem's detail: "Invalid reply: …". */
    Violations(String subject) {
        this.subject = subject;
    }

    void add(String field, String message) {
        found.add(new FieldViolation(field, message));
    }

    /** Null when missing or blank (reported); the value otherwise, checked against the length limit. */
    String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            add(field, "is required and must not be blank");
            return null;
        }
        return optional(field, value, maxLength);
    }

    String optional(String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            add(field, "must be at most " + maxLength + " characters");
        }
        return value;
    }

    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidAppealException(subject, found);
        }
    }
}
