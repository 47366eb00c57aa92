package org.appeals.support.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.appeals.contracts.ForwardedIdentity;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a request in only with an identity the gateway signed, whatever other headers it carries: a client that
 * reaches a service's port directly gets 401. Health and prometheus stay open for probes and scrapes.
 */
public class IdentityFilter extends OncePerRequestFilter {

    /** The request attribute holding the verified {@link org.appeals.support.web.Caller} (absent: public route). */
    public static final String CALLER_ATTRIBUTE = IdentityFilter.class.getName() + ".caller";

    private final IdentityVerifier verifier;

    public IdentityFilter(IdentityVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = request.getHeader(ForwardedIdentity.HEADER);
        if (token == null || token.isEmpty()) {
            refuse(response, "This service answers only requests the gateway forwards: no signed identity.");
            return;
        }
        IdentityVerifier.Verified verified;
        try {
            verified = verifier.verify(token);
        } catch (JwtException | IllegalArgumentException e) {
            refuse(response, "The forwarded identity is not valid: it must be signed by the gateway and fresh.");
            return;
        }
        if (verified.caller() != null) {
            request.setAttribute(CALLER_ATTRIBUTE, verified.caller());
        }
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.equals("/actuator/health") || path.startsWith("/actuator/health/")
                || path.equals("/actuator/prometheus");
    }

    private static void refuse(HttpServletResponse response, String detail) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\""
                + detail + "\"}");
    }
}
