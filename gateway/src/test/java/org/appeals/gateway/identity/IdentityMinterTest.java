package org.appeals.gateway.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import javax.crypto.spec.SecretKeySpec;
import org.appeals.support.web.Role;
import org.appeals.support.testing.TestIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

class IdentityMinterTest {

    final IdentityMinter minter = new IdentityMinter(TestIdentity.SECRET, Clock.systemUTC());

    @Test
    void aMunicipalOperatorIsSignedWithTheClaimsOfTheContract() {
        Identity mcu = new Identity("mcu-mikhailovka", "Оператор МЦУ", Kind.PERSON, Role.OPERATOR, null, Set.of(),
                Set.of("MIKHAILOVKA", "FROLOVO"), false, "person-1");

        Jwt jwt = decode(minter.mint(mcu), TestIdentity.SECRET);

        assertThat(jwt.getClaimAsString("iss")).isEqualTo("appeals-gateway");
        assertThat(jwt.getAudience()).containsExactly("appeals-services");
        assertThat(jwt.getSubject()).isEqualTo("mcu-mikhailovka");
        assertThat(jwt.getClaimAsString("name")).isEqualTo("Оператор МЦУ");
        assertThat(jwt.getClaimAsString("kind")).isEqualTo("PERSON");
        assertThat(jwt.getClaimAsString("role")).isEqualTo("OPERATOR");
        assertThat(jwt.getClaimAsStringList("municipalities")).containsExactly("FROLOVO", "MIKHAILOVKA");
        assertThat(jwt.getClaimAsBoolean("region")).isFalse();
        assertThat(jwt.hasClaim("channel")).isFalse();
        assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt())).isEqualTo(Duration.ofSeconds(60));
        assertThat(jwt.getHeaders()).containsEntry("alg", "HS256");
    }

    @Test
    void aPublicRoutesIdentityNamesNoRole() {
        Jwt jwt = decode(minter.mint(null), TestIdentity.SECRET);

        assertThat(jwt.hasClaim("role")).isFalse();
        assertThat(jwt.getSubject()).isEqualTo("anonymous");
    }

    @Test
    void anIdentityExpiresAfterAMinuteAndOnlyTheSharedSecretVerifiesIt() {
        Clock past = Clock.fixed(Instant.now().minusSeconds(61 + 60), ZoneOffset.UTC);
        String stale = new IdentityMinter(TestIdentity.SECRET, past).mint(null);

        assertThatThrownBy(() -> decode(stale, TestIdentity.SECRET)).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> decode(minter.mint(null), "another-secret-0123456789abcdef-xyz"))
                .isInstanceOf(JwtException.class);
    }

    private static Jwt decode(String token, String secret) {
        return NimbusJwtDecoder.withSecretKey(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"))
                .macAlgorithm(MacAlgorithm.HS256).build().decode(token);
    }
}
