package org.appeals.intake.registration;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects what is wrong with a body, so the client learns about every bad field at once. Strings are checked for
 * length and content ({@link TextRules}): single lines, unless {@link #requiredText} or {@link #optionalText}.
 */
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

    /** Null when missing or blank (reported); the value otherwise, checked as a single line of at most maxLength. */
    String required(String field, String value, int maxLength) {
        return required(field, value, maxLength, false);
    }

    String optional(String field, String value, int maxLength) {
        return optional(field, value, maxLength, false);
    }

    /** A resident's words: like {@link #required(String, String, int)}, but tabs and line breaks are welcome. */
    String requiredText(String field, String value, int maxLength) {
        return required(field, value, maxLength, true);
    }

    String optionalText(String field, String value, int maxLength) {
        return optional(field, value, maxLength, true);
    }

    private String required(String field, String value, int maxLength, boolean multiLine) {
        if (value == null || value.isBlank()) {
            add(field, "is required and must not be blank");
            return null;
        }
        return optional(field, value, maxLength, multiLine);
    }

    private String optional(String field, String value, int maxLength, boolean multiLine) {
        if (value == null) {
            return null;
        }
        if (value.length() > maxLength) {
            add(field, "must be at most " + maxLength + " characters");
            return value;
        }
        String problem = TextRules.problem(value, multiLine);
        if (problem != null) {
            add(field, problem);
        }
        return value;
    }

    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidAppealException(subject, found);
        }
    }
}
