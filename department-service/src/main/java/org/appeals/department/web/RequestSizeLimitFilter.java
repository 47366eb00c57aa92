package org.appeals.department.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses bodies above the limit: a declared length is refused with 413 before anything is read; a chunked body is
 * cut off while it is read (the JSON then cannot be read: 400). Either way no client can fill the heap.
 */
@Component
class RequestSizeLimitFilter extends OncePerRequestFilter {

    private static final String TOO_LARGE = """
            {"type":"about:blank","title":"Content Too Large","status":413,\
            "detail":"The request body is larger than this API accepts."}""";

    private final long maxBytes;

    RequestSizeLimitFilter(WebProperties properties) {
        this.maxBytes = properties.maxRequestBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            response.setStatus(413);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(TOO_LARGE);
            return;
        }
        chain.doFilter(new SizeLimitedRequest(request, maxBytes), response);
    }
}
