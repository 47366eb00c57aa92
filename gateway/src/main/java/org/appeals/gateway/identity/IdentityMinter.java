package org.appeals.gateway.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.appeals.contracts.ForwardedIdentity;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Signs, for one forwarded request, who is calling: a JWT (HS256 under the secret the services share with the
 * gateway) with the claims of {@link ForwardedIdentity}, valid for a minute so a captured one is soon worthless.
 */
public class IdentityMinter {

    static final Duration LIFETIME = Duration.ofSeconds(60);
    static final String ANONYMOUS = "anonymous";

    private final NimbusJwtEncoder encoder;
    private final Clock clock;

    IdentityMinter(String secret, Clock clock) {
        this.encoder = NimbusJwtEncoder.withSecretKey(ForwardedIdentity.signingKey(secret)).build();
        this.clock = clock;
    }

    /** The signed identity; for a public route (no identity) one without {@code role}, which names nobody. */
    public String mint(Identity identity) {
        Instant now = clock.instant();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder().issuer(ForwardedIdentity.ISSUER)
                .audience(List.of(ForwardedIdentity.AUDIENCE)).issuedAt(now).expiresAt(now.plus(LIFETIME));
        if (identity == null) {
            claims.subject(ANONYMOUS);
        } else {
            claims.subject(identity.id()).claim(ForwardedIdentity.NAME, identity.name())
                    .claim(ForwardedIdentity.KIND, identity.kind().name())
                    .claim(ForwardedIdentity.ROLE, identity.role().name())
                    .claim(ForwardedIdentity.DEPARTMENTS, sorted(identity.departments()))
                    .claim(ForwardedIdentity.MUNICIPALITIES, sorted(identity.municipalities()))
                    .claim(ForwardedIdentity.REGION, identity.regionWide());
            if (identity.channel() != null) {
                claims.claim(ForwardedIdentity.CHANNEL, identity.channel());
            }
        }
        JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).build();
        return encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }
}
