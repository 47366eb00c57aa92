package org.appeals.gateway.guard;

import org.appeals.gateway.access.Target;
import org.appeals.gateway.identity.Identity;
import org.appeals.support.web.Role;

/** What the gateway has learnt about one request so far: where it goes and, once identified, who sends it. */
class Screening {

    private final Target target;
    private Identity identity;

    Screening(Target target) {
        this.target = target;
    }

    Target target() {
        return target;
    }

    void identified(Identity identity) {
        this.identity = identity;
    }

    Role role() {
        return identity == null ? null : identity.role();
    }

    /** For logs: the caller's id and fingerprint, never its key or token. */
    String who() {
        return identity == null ? "no valid credential" : identity.id() + " (" + identity.fingerprint() + ")";
    }
}
