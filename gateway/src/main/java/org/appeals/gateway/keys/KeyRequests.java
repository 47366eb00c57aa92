package org.appeals.gateway.keys;

import java.util.List;

/** The bodies of the key API's requests. */
final class KeyRequests {

    private KeyRequests() {
    }

    /** {@code POST /api/v1/keys}: the owner, the role, and the channel or departments the role needs. */
    record Issue(String client, String role, String channel, List<String> departments) {
    }

    /** {@code POST /api/v1/keys/{id}/rotate}: how many hours the old key keeps working (default 24). */
    record Rotate(Integer graceHours) {
    }
}
