package org.appeals.support.identity;

/** A secret the service needs is not set, or is a demo value outside demo mode; the start stops here. */
public class MissingSecretException extends IllegalStateException {

    private final String variable;

    public MissingSecretException(String variable, String message) {
        super(message);
        this.variable = variable;
    }

    /** The environment variable to set. */
    public String variable() {
        return variable;
    }
}
