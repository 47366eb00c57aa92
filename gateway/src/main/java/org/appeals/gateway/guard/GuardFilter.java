package org.appeals.gateway.guard;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.appeals.gateway.access.AccessPolicy;
import org.appeals.gateway.access.Target;
import org.appeals.gateway.errors.BackendUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands in front of every route: a request reaches a backend only as the {@link Gatekeeper} admitted it, and
 * every request but the open health and prometheus endpoints is counted in {@code gateway.requests}.
 */
class GuardFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(GuardFilter.class);

    private final AccessPolicy policy;
    private final Gatekeeper gatekeeper;
    private final GuardMetrics metrics;

    GuardFilter(AccessPolicy policy, Gatekeeper gatekeeper, GuardMetrics metrics) {
        this.policy = policy;
        this.gatekeeper = gatekeeper;
        this.metrics = metrics;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Screening screening = new Screening(policy.locate(request.getRequestURI()));
        if (screening.target().shape() == Target.Shape.OPEN) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletRequest admitted;
        try {
            admitted = gatekeeper.admit(request, screening);
        } catch (Refusal refusal) {
            refuse(request, response, screening, refusal);
            return;
        }
        try {
            chain.doFilter(admitted, response);
        } finally {
            Outcome outcome = BackendUnavailable.isMarked(request) ? Outcome.UNAVAILABLE : Outcome.FORWARDED;
            metrics.count(screening.role(), screening.target().route(), outcome);
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, Screening screening,
                        Refusal refusal) throws IOException {
        metrics.count(screening.role(), screening.target().route(), refusal.outcome());
        // the path names no resident; keys appear only as fingerprints
        log.info("refused {} {} from {}: {}", request.getMethod(), screening.target().route().tag(),
                screening.who(), refusal.outcome().tag());
        ProblemWriter.write(response, refusal);
    }
}
