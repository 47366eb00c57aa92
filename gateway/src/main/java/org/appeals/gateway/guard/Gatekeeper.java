package org.appeals.gateway.guard;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.appeals.gateway.access.AccessPolicy;
import org.appeals.gateway.access.Decision;
import org.appeals.gateway.access.Route;
import org.appeals.gateway.access.Target;
import org.appeals.gateway.access.Verdict;
import org.appeals.gateway.identity.Identity;
import org.appeals.gateway.identity.IdentityMinter;
import org.appeals.gateway.numbers.AppealNumbers;
import org.appeals.gateway.numbers.AppealNumbersUnavailable;
import org.appeals.gateway.ratelimit.RateLimiter;
import org.springframework.http.HttpHeaders;

/**
 * Runs a request past every check in turn (path, query, credential, rate, policy, registration number, body size,
 * appeal channel) and gives the request to forward, carrying the signed identity, or throws a {@link Refusal} at the
 * first check that fails. Refused bodies are never read.
 */
class Gatekeeper {

    static final String UNKNOWN_NUMBER = "No appeal has this registration number.";

    private final AccessPolicy policy;
    private final Authentication authentication;
    private final IdentityMinter minter;
    private final RateLimiter limiter;
    private final ResidentAdmission residents;
    private final AppealNumbers numbers;
    private final long maxBodyBytes;

    Gatekeeper(AccessPolicy policy, Authentication authentication, IdentityMinter minter, RateLimiter limiter,
               ResidentAdmission residents, AppealNumbers numbers, long maxBodyBytes) {
        this.policy = policy;
        this.authentication = authentication;
        this.minter = minter;
        this.limiter = limiter;
        this.residents = residents;
        this.numbers = numbers;
        this.maxBodyBytes = maxBodyBytes;
    }

    HttpServletRequest admit(HttpServletRequest request, Screening screening) {
        Target target = screening.target();
        if (target.shape() == Target.Shape.INVALID) {
            throw new Refusal(Outcome.BAD_REQUEST, target.problem());
        }
        Map<String, String[]> query = QueryParameters.parse(request.getQueryString());
        if (target.shape() == Target.Shape.PUBLIC) {
            return admitAnonymous(request, query);
        }
        if (isResidentsAnonymously(request, target)) {
            return forward(request, null, residents.admit(request, target), query);
        }
        Identity identity = authentication.identify(request);
        screening.identified(identity);
        throttle(identity);
        Decision decision = policy.authorize(request.getMethod(), target, identity);
        enforce(decision);
        HttpServletRequest resolved = resolveNumber(request, target);
        byte[] body = BoundedBody.read(request, maxBodyBytes);
        if (decision.verdict() == Verdict.CHECK_CHANNEL) {
            enforce(policy.checkAppealChannel(identity, body));
        }
        return forward(resolved, identity, body, query);
    }

    /**
     * Resident-web's pages are anonymous whatever the browser sends; on intake's public API a caller that presents a
     * key or token (resident-web itself) is identified and counted by it, not by its one address.
     */
    private boolean isResidentsAnonymously(HttpServletRequest request, Target target) {
        return switch (target.shape()) {
            case FORM -> true;
            case RESIDENT -> target.route() != Route.INTAKE || !authentication.presentsCredential(request);
            default -> false;
        };
    }

    /** A public API: nobody is identified, so the client's address is what the rate is counted by. */
    private HttpServletRequest admitAnonymous(HttpServletRequest request, Map<String, String[]> query) {
        long wait = limiter.secondsToWait("address:" + request.getRemoteAddr());
        if (wait > 0) {
            throw new Refusal(Outcome.RATE_LIMITED, "Too many requests from this address; retry in " + wait + " s.",
                    Map.of(HttpHeaders.RETRY_AFTER, Long.toString(wait)));
        }
        return forward(request, null, BoundedBody.read(request, maxBodyBytes), query);
    }

    /** A registration number where the appeal id belongs: the request goes on with the id, or is a 404 here. */
    private HttpServletRequest resolveNumber(HttpServletRequest request, Target target) {
        String number = target.registrationNumber();
        if (number == null) {
            return request;
        }
        try {
            String appealId = numbers.appealId(number)
                    .orElseThrow(() -> new Refusal(Outcome.NOT_FOUND, UNKNOWN_NUMBER));
            return ResolvedPathRequest.of(request, target.numberSegment(), appealId);
        } catch (AppealNumbersUnavailable e) {
            throw new Refusal(Outcome.UNAVAILABLE, e.getMessage());
        }
    }

    private HttpServletRequest forward(HttpServletRequest request, Identity identity, byte[] body,
                                       Map<String, String[]> query) {
        HttpServletRequest withBody = body == null ? request : new ReplayedRequest(request, body);
        ForwardedRequest forwarded = new ForwardedRequest(withBody,
                ForwardedHeaders.of(request, minter.mint(identity), body), query);
        if (identity != null) {
            // for the gateway's own endpoints (the key API), which record who acted
            forwarded.setAttribute(Identity.ATTRIBUTE, identity);
        }
        return forwarded;
    }

    private void throttle(Identity identity) {
        long wait = limiter.secondsToWait(identity.fingerprint());
        if (wait > 0) {
            throw new Refusal(Outcome.RATE_LIMITED, "This caller is over its request rate; retry in " + wait
                    + " s.", Map.of(HttpHeaders.RETRY_AFTER, Long.toString(wait)));
        }
    }

    private static void enforce(Decision decision) {
        switch (decision.verdict()) {
            case BAD_REQUEST -> throw new Refusal(Outcome.BAD_REQUEST, decision.detail());
            case FORBIDDEN -> throw new Refusal(Outcome.FORBIDDEN, decision.detail());
            case NOT_FOUND -> throw new Refusal(Outcome.NOT_FOUND, decision.detail());
            case ALLOW, CHECK_CHANNEL -> {
                // goes on
            }
        }
    }
}
