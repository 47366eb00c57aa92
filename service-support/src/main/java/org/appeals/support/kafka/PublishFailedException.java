package org.appeals.support.kafka;

/** The broker did not acknowledge an event in time; nothing may be acknowledged to the caller on top of it. */
public class PublishFailedException extends RuntimeException {

    public PublishFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
