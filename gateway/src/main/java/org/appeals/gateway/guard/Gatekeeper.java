package org.appeals.gateway.guard;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.appeals.gateway.access.AccessPolicy;
import org.appeals.gateway.access.Decision;
import org.appeals.gateway.access.Target;
import org.appeals.gateway.access.Verdict;
import org.appeals.gateway.keys.ApiClient;
import org.appeals.gateway.keys.KeyRegistry;
import org.appeals.gateway.ratelimit.RateLimiter;
import org.springframework.http.HttpHeaders;

/**
 * Runs a request past every check in turn (path, query, key, rate, policy, body size, appeal channel) and gives the
 * request to forward, or throws a {@link Refusal} at the first check that fails. Refused bodies are never read.
 */
class Gatekeeper {

    private final AccessPolicy policy;
    private final KeyRegistry keys;
    private final RateLimiter limiter;
    private final long maxBodyBytes;

    Gatekeeper(AccessPolicy policy, KeyRegistry keys, RateLimiter limiter, long maxBodyBytes) {
        this.policy = policy;
        this.keys = keys;
        this.limiter = limiter;
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
        ApiClient client = authenticate(request);
        screening.identified(client);
        throttle(client);
        Decision decision = policy.authorize(request.getMethod(), target, client);
        enforce(decision);
        byte[] body = BoundedBody.read(request, maxBodyBytes);
        if (decision.verdict() == Verdict.CHECK_CHANNEL) {
            enforce(policy.checkAppealChannel(client, body));
        }
        HttpServletRequest withBody = body == null ? request : new ReplayedRequest(request, body);
        return new ForwardedRequest(withBody, IdentityHeaders.forward(request, client, body), query);
    }

    /** A public API: no key, so the client's address is what the rate is counted by. */
    private HttpServletRequest admitAnonymous(HttpServletRequest request, Map<String, String[]> query) {
        long wait = limiter.secondsToWait("address:" + request.getRemoteAddr());
        if (wait > 0) {
            throw new Refusal(Outcome.RATE_LIMITED, "Too many requests from this address; retry in " + wait + " s.",
                    Map.of(HttpHeaders.RETRY_AFTER, Long.toString(wait)));
        }
        byte[] body = BoundedBody.read(request, maxBodyBytes);
        HttpServletRequest withBody = body == null ? request : new ReplayedRequest(request, body);
        return new ForwardedRequest(withBody, IdentityHeaders.forward(request, null, body), query);
    }

    private ApiClient authenticate(HttpServletRequest request) {
        String key = request.getHeader(IdentityHeaders.API_KEY);
        String detail = key == null || key.isEmpty() ? "This API needs an API key in the X-Api-Key header."
                : "The API key in X-Api-Key is not valid.";
        return keys.authenticate(key).orElseThrow(() -> new Refusal(Outcome.UNAUTHORIZED, detail,
                Map.of(HttpHeaders.WWW_AUTHENTICATE, "ApiKey")));
    }

    private void throttle(ApiClient client) {
        long wait = limiter.secondsToWait(client.fingerprint());
        if (wait > 0) {
            throw new Refusal(Outcome.RATE_LIMITED, "This API key is over its request rate; retry in " + wait
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
