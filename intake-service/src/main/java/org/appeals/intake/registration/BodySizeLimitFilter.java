package org.appeals.intake.registration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stops reading a body at the limit, whether or not it declared its length, so no client can make the service
 * buffer an arbitrarily large appeal. The read fails with {@link BodyTooLargeException}, answered as 413.
 */
class BodySizeLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;

    BodySizeLimitFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public ServletInputStream getInputStream() throws IOException {
                if (request.getContentLengthLong() > maxBytes) {
                    throw new BodyTooLargeException(maxBytes);
                }
                return new LimitedInputStream(request.getInputStream(), maxBytes);
            }
        }, response);
    }

    /** The body went past the limit. */
    static class BodyTooLargeException extends IOException {

        BodyTooLargeException(long maxBytes) {
            super("The body is larger than the " + maxBytes + " bytes an appeal may take.");
        }
    }
}
