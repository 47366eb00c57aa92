package org.appeals.gateway.guard;

import java.util.Map;

/** A request the gateway answers itself, with a problem detail, instead of forwarding it. */
class Refusal extends RuntimeException {

    private final Outcome outcome;
    private final Map<String, String> headers;

    Refusal(Outcome outcome, String detail) {
        this(outcome, detail, Map.of());
    }

    Refusal(Outcome outcome, String detail, Map<String, String> headers) {
        super(detail, null, false, false);
        this.outcome = outcome;
        this.headers = headers;
    }

    Outcome outcome() {
        return outcome;
    }

    Map<String, String> headers() {
        return headers;
    }
}
