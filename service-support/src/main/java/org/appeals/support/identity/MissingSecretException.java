package org.appeals.support.identity;

/**
 * A secret or setting the service needs is not set, is unusable, or is a demo value outside demo mode; the start stops
 * here with Boot's short report naming the variable.
 */
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
