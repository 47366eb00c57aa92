package org.appeals.gateway.guard;

import org.appeals.gateway.access.Target;
import org.appeals.gateway.keys.ApiClient;
import org.appeals.gateway.keys.Role;

/** What the gateway has learnt about one request so far: where it goes and, once the key is checked, who sends it. */
class Screening {

    private final Target target;
    private ApiClient client;

    Screening(Target target) {
        this.target = target;
    }

    Target target() {
        return target;
    }

    ApiClient client() {
        return client;
    }

    void identified(ApiClient client) {
        this.client = client;
    }

    Role role() {
        return client == null ? null : client.role();
    }

    String who() {
        return client == null ? "no valid key" : client.client() + " (" + client.fingerprint() + ")";
    }
}
