package org.appeals.support.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.crypto.spec.SecretKeySpec;
import org.appeals.contracts.ForwardedIdentity;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Signs identities as the gateway does, for tests that call a service directly. Tests set
 * {@code appeals.identity.secret} to {@link #SECRET} (service-support's test {@code application.properties} does).
 */
public final class TestIdentity {

    /** The test signing secret (32 bytes or more, as HS256 needs). */
    public static final String SECRET = "test-identity-secret-0123456789abcdef";

    private TestIdentity() {
    }

    /** A channel adapter of the channel. */
    public static String channel(String client, String channel) {
        return sign(SECRET, client, "CHANNEL", channel, List.of(), List.of(), false);
    }

    /** Staff of the given departments. */
    public static String department(String client, String... departments) {
        return sign(SECRET, client, "DEPARTMENT", null, List.of(departments), List.of(), false);
    }

    /** A regional operator (ЦУР): the whole region. */
    public static String operator(String client) {
        return sign(SECRET, client, "OPERATOR", null, List.of(), List.of(), true);
    }

    /** An operator of a municipal centre (МЦУ): only these municipalities. */
    public static String municipalOperator(String client, String... municipalities) {
        return sign(SECRET, client, "OPERATOR", null, List.of(), List.of(municipalities), false);
    }

    /** An admin. */
    public static String admin(String client) {
        return sign(SECRET, client, "ADMIN", null, List.of(), List.of(), true);
    }

    /** The identity for a role and one scope value, as the old header triple gave it (channel or department). */
    public static String of(String client, String role, String scope) {
        return switch (role) {
            case "CHANNEL" -> channel(client, scope);
            case "DEPARTMENT" -> department(client, scope);
            case "OPERATOR" -> operator(client);
            case "ADMIN" -> admin(client);
            default -> throw new IllegalArgumentException(role);
        };
    }

    /** A token signed with any secret and claims: for tests of refusals too. */
    public static String sign(String secret, String client, String role, String channel, List<String> departments,
                              List<String> municipalities, boolean region) {
        NimbusJwtEncoder encoder = NimbusJwtEncoder.withSecretKey(
                new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256")).build();
        Instant now = Instant.now();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder().issuer(ForwardedIdentity.ISSUER)
                .audience(List.of(ForwardedIdentity.AUDIENCE)).subject(client).issuedAt(now)
                .expiresAt(now.plusSeconds(60)).claim(ForwardedIdentity.NAME, client)
                .claim(ForwardedIdentity.KIND, "MACHINE").claim(ForwardedIdentity.REGION, region)
                .claim(ForwardedIdentity.DEPARTMENTS, departments)
                .claim(ForwardedIdentity.MUNICIPALITIES, municipalities);
        if (role != null) {
            claims.claim(ForwardedIdentity.ROLE, role);
        }
        if (channel != null) {
            claims.claim(ForwardedIdentity.CHANNEL, channel);
        }
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims.build()))
                .getTokenValue();
    }
}
