package org.appeals.gateway.access;

/** What the gateway does with a request. */
public enum Verdict {
    /** Forward it. */
    ALLOW,
    /** Forward it once the appeal body's channel is the adapter's own. */
    CHECK_CHANNEL,
    /** 400: the request cannot be understood. */
    BAD_REQUEST,
    /** 403: this identity may not do this. */
    FORBIDDEN,
    /** 404: nothing is served at this path. */
    NOT_FOUND
}
