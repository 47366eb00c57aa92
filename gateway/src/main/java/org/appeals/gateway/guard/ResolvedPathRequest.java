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
     * The request with the id in place of the number, which the locator found in the raw path's segment
     * {@code segment} (counted as it counts them: the first after the leading slash is 0).
     */
    static ResolvedPathRequest of(HttpServletRequest request, int segment, String appealId) {
        String[] segments = request.getRequestURI().substring(1).split("/", -1);
        segments[segment] = appealId;
        return new ResolvedPathRequest(request, "/" + String.join("/", segments));
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
