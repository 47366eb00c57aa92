package org.appeals.intake.registration;

import tools.jackson.core.JacksonException;

/** Where in the body Jackson stumbled, written as the client wrote it: {@code location.lat}, {@code attachments[2]}. */
final class JsonPaths {

    private static final int MAX_LENGTH = 200;

    private JsonPaths() {
    }

    /** Empty when the body broke before any field (not JSON at all). */
    static String of(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference step : e.getPath()) {
            if (step.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(step.getPropertyName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        // field names under replyTo are the client's own: do not echo an arbitrarily long one
        return path.length() <= MAX_LENGTH ? path.toString() : path.substring(0, MAX_LENGTH) + "…";
    }
}
