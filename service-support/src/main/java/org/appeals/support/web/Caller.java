package org.appeals.support.web;

import java.util.Arrays;

/**
 * The client on whose behalf a request comes, as the gateway authenticated it: its id, its role, and its scope
 * (the channel code for a channel key, the department id for a department key, empty otherwise).
 */
public record Caller(String clientId, Role role, String scope) {

    public static final String CLIENT_HEADER = "X-Appeals-Client";
    public static final String ROLE_HEADER = "X-Appeals-Role";
    public static final String SCOPE_HEADER = "X-Appeals-Scope";

    /** Operators and admins see across channels and departments. */
    public boolean isStaff() {
        return role == Role.OPERATOR || role == Role.ADMIN;
    }

    /** Refuses with 403 unless the caller has one of the roles. */
    public void requireRole(Role... allowed) {
        if (!Arrays.asList(allowed).contains(role)) {
            throw ApiException.forbidden("This API key's role may not do this.");
        }
    }

    /** Staff, or the department's own key. */
    public boolean actsFor(Role scopedRole, String scopeValue) {
        return isStaff() || (role == scopedRole && scope != null && scope.equals(scopeValue));
    }
}
