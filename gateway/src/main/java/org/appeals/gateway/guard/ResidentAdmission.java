package org.appeals.gateway.guard;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.appeals.gateway.access.Target;
import org.appeals.gateway.ratelimit.PublicRateLimiter;
import org.springframework.http.HttpHeaders;

/**
 * Lets a resident in without an account: counted by the client's address (the socket's, never a header the client
 * could make up), a submission of the web form more tightly and with room for its photos in the body.
 */
class ResidentAdmission {

    private final PublicRateLimiter limiter;
    private final BodyLimitProperties limits;

    ResidentAdmission(PublicRateLimiter limiter, BodyLimitProperties limits) {
        this.limiter = limiter;
        this.limits = limits;
    }

    /** The body to forward (null when none), once the address is within its limits. */
    byte[] admit(HttpServletRequest request, Target target) {
        String address = request.getRemoteAddr();
        refuseIfWaiting(limiter.secondsToWait(address), "Слишком много запросов с этого адреса");
        boolean submission = target.shape() == Target.Shape.FORM && "POST".equals(request.getMethod());
        if (submission) {
            refuseIfWaiting(limiter.secondsToWaitForFormSubmission(address),
                    "Слишком много обращений с этого адреса за минуту");
        }
        return BoundedBody.read(request, submission ? limits.formMaxBodyBytes() : limits.maxBodyBytes());
    }

    // residents read this, so it is in Russian; the status and Retry-After say the same to a program
    private static void refuseIfWaiting(long seconds, String what) {
        if (seconds > 0) {
            throw new Refusal(Outcome.RATE_LIMITED, what + "; повторите через " + seconds + " с.",
                    Map.of(HttpHeaders.RETRY_AFTER, Long.toString(seconds)));
        }
    }
}
