package org.appeals.gateway.people;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.appeals.contracts.Municipality;
import org.appeals.gateway.identity.Fingerprints;
import org.appeals.gateway.identity.Identity;
import org.appeals.gateway.identity.Kind;
import org.appeals.support.web.Role;
import org.appeals.gateway.identity.DepartmentIds;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Turns a person's verified token into the platform's identity. A person with several roles acts in the widest:
 * admin, then regional operator (ЦУР), then municipal operator (МЦУ), then department staff. A scope the role needs
 * but the token lacks is a refusal, never a wider scope.
 */
public class PersonMapping {

    private static final Set<String> MUNICIPALITIES = EnumSet.allOf(Municipality.class).stream()
            .filter(m -> m != Municipality.UNKNOWN).map(Enum::name).collect(Collectors.toUnmodifiableSet());

    private final OidcProperties.Claims claims;
    private final OidcProperties.RoleNames roles;

    public PersonMapping(OidcProperties.Claims claims, OidcProperties.RoleNames roles) {
        this.claims = claims;
        this.roles = roles;
    }

    /** The identity the token stands for; throws {@link PersonRejected} (NOT_ALLOWED) when it grants nothing. */
    public Identity identify(Jwt jwt) {
        Set<String> granted = ClaimValues.read(jwt.getClaims(), claims.roles());
        if (granted.contains(roles.admin())) {
            return person(jwt, Role.ADMIN, Set.of(), Set.of(), true);
        }
        if (granted.contains(roles.regionalOperator())) {
            return person(jwt, Role.OPERATOR, Set.of(), Set.of(), true);
        }
        if (granted.contains(roles.municipalOperator())) {
            Set<String> municipalities = municipalities(jwt);
            require(!municipalities.isEmpty(), "Your account is a municipal centre's operator but names no known "
                    + "municipality in claim " + claims.municipalities() + "; ask your identity provider's admin.");
            return person(jwt, Role.OPERATOR, Set.of(), municipalities, false);
        }
        if (granted.contains(roles.departmentStaff())) {
            Set<String> departments = ClaimValues.read(jwt.getClaims(), claims.departments()).stream()
                    .filter(DepartmentIds::isWellFormed).collect(Collectors.toSet());
            require(!departments.isEmpty(), "Your account is department staff but names no department in claim "
                    + claims.departments() + "; ask your identity provider's admin.");
            return person(jwt, Role.DEPARTMENT, departments, Set.of(), false);
        }
        throw new PersonRejected(PersonRejected.Reason.NOT_ALLOWED, "Your account has none of the platform's roles ("
                + String.join(", ", roles.admin(), roles.regionalOperator(), roles.municipalOperator(),
                roles.departmentStaff()) + ") in claim " + claims.roles() + ".");
    }

    private Set<String> municipalities(Jwt jwt) {
        return ClaimValues.read(jwt.getClaims(), claims.municipalities()).stream()
                .map(code -> code.toUpperCase(Locale.ROOT)).filter(MUNICIPALITIES::contains)
                .collect(Collectors.toSet());
    }

    private Identity person(Jwt jwt, Role role, Set<String> departments, Set<String> municipalities,
                            boolean regionWide) {
        String login = jwt.getClaimAsString(claims.username());
        String id = login == null || login.isBlank() ? jwt.getSubject() : login;
        require(id != null && !id.isBlank(), "The token names nobody: it has neither " + claims.username()
                + " nor sub.");
        String name = jwt.getClaimAsString("name");
        // the issuer and subject, not the login, which a provider may let people change
        String fingerprint = Fingerprints.of("person", Fingerprints.sha256(jwt.getClaimAsString("iss") + " "
                + jwt.getSubject()));
        return new Identity(id, name == null || name.isBlank() ? id : name, Kind.PERSON, role, null, departments,
                municipalities, regionWide, fingerprint);
    }

    private static void require(boolean condition, String detail) {
        if (!condition) {
            throw new PersonRejected(PersonRejected.Reason.NOT_ALLOWED, detail);
        }
    }
}
