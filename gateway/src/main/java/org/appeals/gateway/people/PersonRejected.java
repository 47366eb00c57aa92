package org.appeals.gateway.people;

/** A person's token was not accepted; the message is the detail the client reads (never the token). */
public class PersonRejected extends RuntimeException {

    /** Why, which decides the status the client gets. */
    public enum Reason {
        /** 401: not a valid token of the provider, expired, or no provider configured. */
        INVALID_TOKEN,
        /** 503: the provider's keys could not be fetched; the token may be fine. */
        PROVIDER_UNAVAILABLE,
        /** 403: a valid token of someone without a role or scope on the platform. */
        NOT_ALLOWED
    }

    private final Reason reason;

    PersonRejected(Reason reason, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
