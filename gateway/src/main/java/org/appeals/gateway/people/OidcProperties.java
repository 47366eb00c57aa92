package org.appeals.gateway.people;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where people's tokens come from and how their claims read ({@code appeals.gateway.oidc}). Every value may be set
 * from the environment ({@code OIDC_ISSUER_URI}, {@code OIDC_JWK_SET_URI}, {@code OIDC_AUDIENCE}, and by relaxed
 * binding e.g. {@code APPEALS_GATEWAY_OIDC_CLAIMS_ROLES}, {@code APPEALS_GATEWAY_OIDC_ROLES_ADMIN}).
 *
 * @param issuerUri the provider's issuer; tokens must carry exactly this {@code iss}
 * @param jwkSetUri where the signing keys are, when not the one the issuer's discovery document names
 * @param audience an {@code aud} every token must contain, when set
 * @param jwsAlgorithms the signature algorithms accepted (Keycloak signs RS256 by default)
 * @param timeout connect and read timeout of each call to the provider
 */
@ConfigurationProperties("appeals.gateway.oidc")
public record OidcProperties(String issuerUri, String jwkSetUri, String audience,
                             @DefaultValue("RS256") List<String> jwsAlgorithms, @DefaultValue("3s") Duration timeout,
                             @DefaultValue Claims claims, @DefaultValue RoleNames roles) {

    /** Which claims carry the login, the roles and the scope; a dotted path reads into nested objects. */
    public record Claims(@DefaultValue("preferred_username") String username,
                         @DefaultValue("realm_access.roles") String roles,
                         @DefaultValue("appeals_municipalities") String municipalities,
                         @DefaultValue("appeals_departments") String departments) {
    }

    /** The provider's role names for the platform's four kinds of staff. */
    public record RoleNames(@DefaultValue("appeals-admin") String admin,
                            @DefaultValue("appeals-regional-operator") String regionalOperator,
                            @DefaultValue("appeals-municipal-operator") String municipalOperator,
                            @DefaultValue("appeals-department-staff") String departmentStaff) {
    }
}
