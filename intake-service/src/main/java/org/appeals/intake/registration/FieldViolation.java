package org.appeals.intake.registration;

/** What is wrong with one field of a request body; {@code field} is its JSON path, e.g. {@code location.lat}. */
public record FieldViolation(String field, String message) {

    @Override
    public String toString() {
        return field + " " + message;
    }
}
