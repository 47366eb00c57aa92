package org.appeals.support.identity;

import java.util.List;
import java.util.Set;
import org.appeals.contracts.ForwardedIdentity;
import org.appeals.support.web.Caller;
import org.appeals.support.web.Role;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Checks the identity the gateway signed: HS256 under the shared secret, issued by the gateway for the services,
 * not expired. Gives the caller it names, or null for a public route's anonymous identity.
 */
public class IdentityVerifier {

    private final NimbusJwtDecoder decoder;

    public IdentityVerifier(String secret) {
        this.decoder = NimbusJwtDecoder.withSecretKey(ForwardedIdentity.signingKey(secret)).macAlgorithm(MacAlgorithm.HS256).build();
        OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<List<String>>("aud",
                aud -> aud != null && aud.contains(ForwardedIdentity.AUDIENCE));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(ForwardedIdentity.ISSUER), audience));
    }

    /** The verified identity; throws {@link JwtException} for anything not signed by the gateway or expired. */
    public Verified verify(String token) {
        Jwt jwt = decoder.decode(token);
        String role = jwt.getClaimAsString(ForwardedIdentity.ROLE);
        if (role == null) {
            return new Verified(null);
        }
        Caller caller = new Caller(jwt.getSubject(), jwt.getClaimAsString(ForwardedIdentity.NAME), Role.valueOf(role),
                jwt.getClaimAsString(ForwardedIdentity.CHANNEL), strings(jwt, ForwardedIdentity.DEPARTMENTS),
                strings(jwt, ForwardedIdentity.MUNICIPALITIES),
                Boolean.TRUE.equals(jwt.getClaimAsBoolean(ForwardedIdentity.REGION)));
        return new Verified(caller);
    }

    private static Set<String> strings(Jwt jwt, String claim) {
        List<String> values = jwt.getClaimAsStringList(claim);
        return values == null ? Set.of() : Set.copyOf(values);
    }

    /** A valid identity; {@code caller} is null on a public route, where the gateway identified nobody. */
    public record Verified(Caller caller) {
    }
}
