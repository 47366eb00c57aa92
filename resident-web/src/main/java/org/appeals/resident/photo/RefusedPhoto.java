package org.appeals.resident.photo;

/** A file the form does not take; the message is Russian, names the file and says what to do. */
public class RefusedPhoto extends RuntimeException {

    public RefusedPhoto(String message) {
        super(message);
    }
}
