package org.appeals.gateway.people;

import com.nimbusds.jwt.JWTParser;
import java.text.ParseException;
import org.appeals.gateway.identity.Identity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/** Checks a person's bearer token against the identity provider and maps it to an identity. Never logs the token. */
public class PersonAuthenticator {

    private static final Logger log = LoggerFactory.getLogger(PersonAuthenticator.class);

    private final JwtDecoder decoder;
    private final PersonMapping mapping;

    /** {@code decoder} is null when no provider is configured (demo mode only). */
    PersonAuthenticator(JwtDecoder decoder, PersonMapping mapping) {
        this.decoder = decoder;
        this.mapping = mapping;
    }

    /** The person's identity; throws {@link PersonRejected} with the reason and the detail to show. */
    public Identity authenticate(String token) {
        if (decoder == null) {
            throw new PersonRejected(PersonRejected.Reason.INVALID_TOKEN, "This gateway accepts no personal tokens: "
                    + "no identity provider is configured (OIDC_ISSUER_URI).");
        }
        return mapping.identify(decode(token));
    }

    private Jwt decode(String token) {
        try {
            // not even a JWT: refused without asking the provider, which may be down or slow
            JWTParser.parse(token);
        } catch (ParseException e) {
            throw new PersonRejected(PersonRejected.Reason.INVALID_TOKEN, "The bearer token is not a JWT.");
        }
        try {
            return decoder.decode(token);
        } catch (BadJwtException e) {
            throw new PersonRejected(PersonRejected.Reason.INVALID_TOKEN, "The bearer token is not valid" + why(e)
                    + ": it must be signed by the identity provider, issued by it for this platform and not expired.");
        } catch (JwtException | JwtDecoderInitializationException e) {
            // discovery or the key set could not be fetched: the provider is down or unreachable, not the token bad
            log.warn("identity provider not reachable: {}", NestedExceptionUtils.getMostSpecificCause(e).getMessage());
            throw new PersonRejected(PersonRejected.Reason.PROVIDER_UNAVAILABLE, "The identity provider cannot be "
                    + "reached just now to check the bearer token; retry later.");
        }
    }

    private static String why(BadJwtException e) {
        if (e instanceof JwtValidationException invalid) {
            return invalid.getErrors().stream().map(OAuth2Error::getDescription).filter(d -> d != null)
                    .findFirst().map(d -> " (" + d + ")").orElse("");
        }
        return "";
    }
}
