package org.appeals.gateway.identity;

/** A setting the gateway cannot run without is missing or unsafe; the start stops with a message naming it. */
public class MissingSettingException extends IllegalStateException {

    private final String variable;

    public MissingSettingException(String variable, String message) {
        super(message);
        this.variable = variable;
    }

    /** The environment variable to set. */
    public String variable() {
        return variable;
    }
}
