package org.appeals.routing.triage;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies larger than any placement needs with a 413 problem, before anything reads them. The gateway
 * limits sizes too; this holds when the service is called directly.
 */
@Component
class RequestBodyLimit extends OncePerRequestFilter {

    static final long MAX_BYTES = 16 * 1024;

    private static final String PROBLEM = """
            {"type":"about:blank","title":"Content Too Large","status":413,\
            "detail":"The request body is larger than %d bytes."}""".formatted(MAX_BYTES);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getOutputStream().write(PROBLEM.getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
    }
}
