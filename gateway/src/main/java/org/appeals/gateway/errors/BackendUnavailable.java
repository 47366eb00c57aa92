package org.appeals.gateway.errors;

import jakarta.servlet.ServletRequest;

/** Marks a forwarded request whose backend could not be reached, so the guard counts it as such. */
public final class BackendUnavailable {

    private static final String ATTRIBUTE = BackendUnavailable.class.getName();

    private BackendUnavailable() {
    }

    static void mark(ServletRequest request) {
        request.setAttribute(ATTRIBUTE, Boolean.TRUE);
    }

    /** True when the request was forwarded and its backend did not answer. */
    public static boolean isMarked(ServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(ATTRIBUTE));
    }
}
