package org.appeals.gateway.guard;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request whose registration number the gateway has replaced by the appeal's id: the routes match, and the backend
 * receives, the path with the id ({@code /api/v1/appeals/34-2026-004217/timeline} → {@code /api/v1/appeals/<id>/timeline},
 * {@code /api/v1/departments/d/appeals/34-2026-004217/accept}, {@code /api/v1/reviews/34-2026-004217/approve}, …).
 */
class ResolvedPathRequest extends HttpServletRequestWrapper {

    private final String path;

    private ResolvedPathRequest(HttpServletRequest request, String path) {
        super(request);
        this.path = path;
    }

    /**
     * The request with the id in place of the number: the raw path is canonical (the locator read it segment by
     * segment), and the number is the one segment of its shape, so its first occurrence as a segment is the one.
     */
    static ResolvedPathRequest of(HttpServletRequest request, String number, String appealId) {
        String rawPath = request.getRequestURI();
        int at = rawPath.indexOf("/" + number);
        while (at >= 0 && at + 1 + number.length() < rawPath.length() && rawPath.charAt(at + 1 + number.length()) != '/') {
            at = rawPath.indexOf("/" + number, at + 1);
        }
        if (at < 0) {
            throw new IllegalArgumentException("The path holds no registration number " + number);
        }
        return new ResolvedPathRequest(request, rawPath.substring(0, at + 1) + appealId
                + rawPath.substring(at + 1 + number.length()));
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
