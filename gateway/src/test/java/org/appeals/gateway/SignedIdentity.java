package org.appeals.gateway;

import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.crypto.spec.SecretKeySpec;
import org.appeals.contracts.ForwardedIdentity;
import org.appeals.support.testing.TestIdentity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** Checks a forwarded identity as the services do: HS256 under the shared test secret, issuer, audience, expiry. */
final class SignedIdentity {

    private static final NimbusJwtDecoder DECODER = decoder();

    private SignedIdentity() {
    }

    static Jwt verify(String token) {
        return DECODER.decode(token);
    }

    private static NimbusJwtDecoder decoder() {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(new SecretKeySpec(
                TestIdentity.SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256")).macAlgorithm(MacAlgorithm.HS256)
                .build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(ForwardedIdentity.ISSUER),
                new JwtClaimValidator<List<String>>("aud", aud -> aud != null
                        && aud.contains(ForwardedIdentity.AUDIENCE))));
        return decoder;
    }
}
