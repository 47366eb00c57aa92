package org.appeals.gateway.keys;

/**
 * The client an API key stands for: its id, role and scope (channel code or department id, null for staff), and a
 * fingerprint of the key that is safe to log and to key rate limits by.
 */
public record ApiClient(String client, Role role, String scope, String fingerprint) {

    /** True when this client's scope is exactly the given value. */
    public boolean hasScope(String value) {
        return scope != null && scope.equals(value);
    }
}
