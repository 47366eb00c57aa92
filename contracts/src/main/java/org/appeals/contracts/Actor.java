package org.appeals.contracts;

/**
 * Who did something: the person's or machine's id as the gateway authenticated it and the role it acted in. Never
 * a password, key or token.
 *
 * @param id the person's login (from the identity provider) or the API key's client name
 * @param role CHANNEL, DEPARTMENT, OPERATOR, ADMIN, or SYSTEM for the platform's own moves (sweeps, timers)
 */
public record Actor(String id, String role) {

    /** The platform itself: deadline sweeps, feedback windows, routing's automatic decisions. */
    public static final Actor SYSTEM = new Actor("system", "SYSTEM");
}
