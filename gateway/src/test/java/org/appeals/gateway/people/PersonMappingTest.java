package org.appeals.gateway.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.appeals.gateway.identity.Identity;
import org.appeals.gateway.identity.Kind;
import org.appeals.support.web.Role;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class PersonMappingTest {

    static final OidcProperties.Claims CLAIMS = new OidcProperties.Claims("preferred_username", "realm_access.roles",
            "appeals_municipalities", "appeals_departments");
    static final OidcProperties.RoleNames ROLES = new OidcProperties.RoleNames("appeals-admin",
            "appeals-regional-operator", "appeals-municipal-operator", "appeals-department-staff");

    final PersonMapping mapping = new PersonMapping(CLAIMS, ROLES);

    @Test
    void aRegionalOperatorSeesTheWholeRegion() {
        Identity identity = mapping.identify(token("cur-operator", Map.of("realm_access",
                Map.of("roles", List.of("offline_access", "appeals-regional-operator")))));

        assertThat(identity.id()).isEqualTo("cur-operator");
        assertThat(identity.kind()).isEqualTo(Kind.PERSON);
        assertThat(identity.role()).isEqualTo(Role.OPERATOR);
        assertThat(identity.regionWide()).isTrue();
        assertThat(identity.municipalities()).isEmpty();
        assertThat(identity.fingerprint()).startsWith("person-").doesNotContain("cur-operator");
    }

    @Test
    void aMunicipalOperatorSeesTheMunicipalitiesOfTheClaimAndUnknownCodesAreDropped() {
        Identity identity = mapping.identify(token("mcu-mikhailovka", Map.of(
                "realm_access", Map.of("roles", List.of("appeals-municipal-operator")),
                "appeals_municipalities", List.of("MIKHAILOVKA", "frolovo", "ATLANTIS"))));

        assertThat(identity.role()).isEqualTo(Role.OPERATOR);
        assertThat(identity.regionWide()).isFalse();
        assertThat(identity.municipalities()).containsExactlyInAnyOrder("MIKHAILOVKA", "FROLOVO");
    }

    @Test
    void departmentStaffActForTheDepartmentsOfTheClaimEvenWhenGivenAsOneString() {
        Identity identity = mapping.identify(token("housing-volgograd", Map.of(
                "realm_access", Map.of("roles", List.of("appeals-department-staff")),
                "appeals_departments", "volgograd-housing volgograd-utilities")));

        assertThat(identity.role()).isEqualTo(Role.DEPARTMENT);
        assertThat(identity.departments()).containsExactlyInAnyOrder("volgograd-housing", "volgograd-utilities");
        assertThat(identity.actsFor("volgograd-utilities")).isTrue();
        assertThat(identity.actsFor("mikhailovka-roads")).isFalse();
    }

    @Test
    void severalRolesActInTheWidestAdminThenRegionThenMunicipalityThenDepartment() {
        Map<String, Object> scopes = Map.of("appeals_municipalities", List.of("MIKHAILOVKA"),
                "appeals_departments", List.of("mikhailovka-roads"));

        assertThat(roleOf(scopes, "appeals-department-staff", "appeals-admin", "appeals-municipal-operator"))
                .isEqualTo("ADMIN true");
        assertThat(roleOf(scopes, "appeals-department-staff", "appeals-regional-operator", "appeals-municipal-operator"))
                .isEqualTo("OPERATOR true");
        assertThat(roleOf(scopes, "appeals-department-staff", "appeals-municipal-operator"))
                .isEqualTo("OPERATOR false");
        assertThat(roleOf(scopes, "appeals-department-staff")).isEqualTo("DEPARTMENT false");
    }

    @Test
    void aScopedRoleWithoutItsScopeIsRefusedNeverWidened() {
        assertThatThrownBy(() -> mapping.identify(token("mcu", Map.of("realm_access",
                Map.of("roles", List.of("appeals-municipal-operator"))))))
                .isInstanceOfSatisfying(PersonRejected.class,
                        e -> assertThat(e.reason()).isEqualTo(PersonRejected.Reason.NOT_ALLOWED))
                .hasMessageContaining("appeals_municipalities");
        assertThatThrownBy(() -> mapping.identify(token("staff", Map.of("realm_access",
                Map.of("roles", List.of("appeals-department-staff")), "appeals_departments", List.of("Roads Dept")))))
                .isInstanceOf(PersonRejected.class).hasMessageContaining("appeals_departments");
    }

    @Test
    void aPersonWithoutAnyPlatformRoleIsRefused() {
        assertThatThrownBy(() -> mapping.identify(token("visitor", Map.of("realm_access",
                Map.of("roles", List.of("offline_access"))))))
                .isInstanceOf(PersonRejected.class).hasMessageContaining("none of the platform's roles");
        assertThatThrownBy(() -> mapping.identify(token("nobody", Map.of())))
                .isInstanceOf(PersonRejected.class);
    }

    @Test
    void anotherProvidersClaimsAreReadByConfiguration() {
        PersonMapping corporate = new PersonMapping(new OidcProperties.Claims("upn", "https://corp.example/roles",
                "mo", "depts"), new OidcProperties.RoleNames("PlatformAdmins", "CUR", "MCU", "DeptStaff"));

        Identity identity = corporate.identify(token(null, Map.of("upn", "i.ivanova@corp.example",
                "https://corp.example/roles", List.of("MCU"), "mo", "KAMYSHIN, VOLZHSKY", "name", "Ирина Иванова")));

        assertThat(identity.id()).isEqualTo("i.ivanova@corp.example");
        assertThat(identity.name()).isEqualTo("Ирина Иванова");
        assertThat(identity.municipalities()).containsExactlyInAnyOrder("KAMYSHIN", "VOLZHSKY");
    }

    @Test
    void withoutALoginTheSubjectIsTheId() {
        Identity identity = mapping.identify(token(null, Map.of("realm_access",
                Map.of("roles", List.of("appeals-admin")))));

        assertThat(identity.id()).isEqualTo("sub-123");
        assertThat(identity.regionWide()).isTrue();
    }

    private String roleOf(Map<String, Object> scopes, String... roles) {
        Map<String, Object> claims = new java.util.HashMap<>(scopes);
        claims.put("realm_access", Map.of("roles", List.of(roles)));
        Identity identity = mapping.identify(token("someone", claims));
        return identity.role() + " " + identity.regionWide();
    }

    private static Jwt token(String username, Map<String, Object> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("token").header("alg", "RS256").subject("sub-123")
                .issuer("http://localhost:8180/realms/appeals").issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(300)).claims(all -> all.putAll(claims));
        if (username != null) {
            builder.claim("preferred_username", username);
        }
        return builder.build();
    }
}
