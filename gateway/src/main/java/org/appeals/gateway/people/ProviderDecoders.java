package org.appeals.gateway.people;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.web.client.RestTemplate;

/**
 * The decoder of people's tokens, built at the first token rather than at start: the gateway starts while the
 * identity provider is still down, and a failed discovery is tried again at the next token (SupplierJwtDecoder keeps
 * only a decoder it could build). Signature, issuer, expiry and not-before are checked; the audience when set.
 */
final class ProviderDecoders {

    private ProviderDecoders() {
    }

    static JwtDecoder lazy(OidcProperties properties) {
        return new SupplierJwtDecoder(() -> build(properties));
    }

    private static JwtDecoder build(OidcProperties properties) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(properties.timeout());
        requests.setReadTimeout(properties.timeout());
        boolean discover = properties.jwkSetUri() == null || properties.jwkSetUri().isBlank();
        NimbusJwtDecoder decoder = (discover ? NimbusJwtDecoder.withIssuerLocation(properties.issuerUri())
                : NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri()))
                .restOperations(new RestTemplate(requests))
                .jwsAlgorithms(algorithms -> properties.jwsAlgorithms().stream()
                        .map(ProviderDecoders::algorithm).forEach(algorithms::add))
                .build();
        decoder.setJwtValidator(validator(properties));
        return decoder;
    }

    private static OAuth2TokenValidator<Jwt> validator(OidcProperties properties) {
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(JwtValidators.createDefaultWithIssuer(properties.issuerUri()));
        if (properties.audience() != null && !properties.audience().isBlank()) {
            validators.add(new JwtAudienceValidator(properties.audience()));
        }
        return new DelegatingOAuth2TokenValidator<>(validators);
    }

    private static SignatureAlgorithm algorithm(String name) {
        SignatureAlgorithm algorithm = SignatureAlgorithm.from(name.trim());
        if (algorithm == null) {
            throw new IllegalStateException("appeals.gateway.oidc.jws-algorithms: unknown algorithm " + name);
        }
        return algorithm;
    }
}
