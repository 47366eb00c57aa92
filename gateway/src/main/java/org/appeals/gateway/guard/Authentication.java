package org.appeals.gateway.guard;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.appeals.gateway.identity.Identity;
import org.appeals.gateway.keys.KeyStoreUnavailable;
import org.appeals.gateway.keys.MachineKeyAuthenticator;
import org.appeals.gateway.people.PersonAuthenticator;
import org.appeals.gateway.people.PersonRejected;
import org.appeals.gateway.ratelimit.FailedAttempts;
import org.springframework.http.HttpHeaders;

/**
 * Tells who is calling, from a machine's key ({@code X-Api-Key}) or a person's token ({@code Authorization: Bearer}).
 * An address that presented too many invalid credentials is refused before its next one is looked at.
 */
class Authentication {

    static final String API_KEY = "X-Api-Key";
    private static final String BEARER = "bearer ";
    private static final String CHALLENGE = "Bearer, ApiKey";

    private final MachineKeyAuthenticator machines;
    private final PersonAuthenticator people;
    private final FailedAttempts failures;

    Authentication(MachineKeyAuthenticator machines, PersonAuthenticator people, FailedAttempts failures) {
        this.machines = machines;
        this.people = people;
        this.failures = failures;
    }

    /** True when the request carries a key or a token, valid or not. */
    boolean presentsCredential(HttpServletRequest request) {
        return hasValue(request.getHeader(API_KEY)) || hasValue(request.getHeader(HttpHeaders.AUTHORIZATION));
    }

    Identity identify(HttpServletRequest request) {
        String key = request.getHeader(API_KEY);
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        boolean hasKey = hasValue(key);
        boolean hasToken = hasValue(authorization);
        if (!hasKey && !hasToken) {
            throw new Refusal(Outcome.UNAUTHORIZED, "This API needs an API key in the X-Api-Key header or a "
                    + "person's token in Authorization: Bearer.", Map.of(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE));
        }
        if (hasKey && hasToken) {
            throw new Refusal(Outcome.BAD_REQUEST, "Send one credential: X-Api-Key or Authorization, not both.");
        }
        String address = request.getRemoteAddr();
        long blocked = failures.secondsBlocked(address);
        if (blocked > 0) {
            throw new Refusal(Outcome.RATE_LIMITED, "Too many invalid keys or tokens from this address; retry in "
                    + blocked + " s.", Map.of(HttpHeaders.RETRY_AFTER, Long.toString(blocked)));
        }
        return hasKey ? machine(key, address) : person(authorization, address);
    }

    private Identity machine(String key, String address) {
        try {
            return machines.authenticate(key).orElseThrow(() -> {
                failures.failed(address);
                return new Refusal(Outcome.UNAUTHORIZED, "The API key in X-Api-Key is not valid.",
                        Map.of(HttpHeaders.WWW_AUTHENTICATE, "ApiKey"));
            });
        } catch (KeyStoreUnavailable e) {
            throw new Refusal(Outcome.UNAVAILABLE, e.getMessage());
        }
    }

    private Identity person(String authorization, String address) {
        if (authorization.length() <= BEARER.length() || !authorization.regionMatches(true, 0, BEARER, 0,
                BEARER.length())) {
            failures.failed(address);
            throw invalidToken("The Authorization header must be \"Bearer <token>\".");
        }
        try {
            return people.authenticate(authorization.substring(BEARER.length()).trim());
        } catch (PersonRejected rejected) {
            switch (rejected.reason()) {
                case INVALID_TOKEN -> {
                    failures.failed(address);
                    throw invalidToken(rejected.getMessage());
                }
                case PROVIDER_UNAVAILABLE -> throw new Refusal(Outcome.UNAVAILABLE, rejected.getMessage());
                default -> throw new Refusal(Outcome.FORBIDDEN, rejected.getMessage());
            }
        }
    }

    private static boolean hasValue(String header) {
        return header != null && !header.isEmpty();
    }

    private static Refusal invalidToken(String detail) {
        return new Refusal(Outcome.UNAUTHORIZED, detail,
                Map.of(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\""));
    }
}
