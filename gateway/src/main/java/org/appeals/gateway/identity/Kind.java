package org.appeals.gateway.identity;

/** Whether a person (a token from the identity provider) or a machine (an API key) is calling. */
public enum Kind {
    PERSON, MACHINE
}
