package org.appeals.gateway.guard;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request whose registration number the gateway has replaced by the appeal's id: the routes match, and the backend
 * receives, the path with the id ({@code /api/v1/appeals/34-2026-004217/timeline} → {@code /api/v1/appeals/<id>/timeline}).
 */
class ResolvedPathRequest extends HttpServletRequestWrapper {

    private static final String APPEALS = "/api/v1/appeals/";

    private final String path;

    private ResolvedPathRequest(HttpServletRequest request, String path) {
        super(request);
        this.path = path;
    }

    /** The request with the id in place of the number; the raw path is canonical, so the number is its 4th segment. */
    static ResolvedPathRequest of(HttpServletRequest request, String number, String appealId) {
        String rawPath = request.getRequestURI();
        String rest = rawPath.substring(APPEALS.length() + number.length());
        return new ResolvedPathRequest(request, APPEALS + appealId + rest);
    }

    @Override
    public String getRequestURI() {
        return getContextPath() + path;
    }

    @Override
    public StringBuffer getRequestURL() {
        StringBuffer url = super.getRequestURL();
        String original = super.getRequestURI();
        return new StringBuffer(url.substring(0, url.length() - original.length())).append(getRequestURI());
    }

    @Override
    public String getServletPath() {
        return path;
    }

    @Override
    public String getPathInfo() {
        return null;
    }
}
