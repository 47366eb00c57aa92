package org.appeals.support.kafka;

/**
 * A record that no retry can fix (a required field missing, a value out of range). The error handler sends it
 * straight to the dead-letter topic instead of retrying.
 */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message) {
        super(message);
    }

    /** Fails with a clear reason when an event lacks a field every consumer relies on. */
    public static <T> T require(T value, String field) {
        if (value == null) {
            throw new InvalidEventException("event has no " + field);
        }
        return value;
    }
}
