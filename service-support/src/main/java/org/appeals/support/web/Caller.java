package org.appeals.support.web;

import java.util.Arrays;
import java.util.Set;
import org.appeals.contracts.Actor;

/**
 * The person or machine on whose behalf a request comes, as the gateway signed it (see
 * {@link org.appeals.contracts.ForwardedIdentity}): id, display name, role and scope. The scope is the one model
 * of who may see what, so every service asks it the same questions.
 *
 * @param clientId the person's login or the API key's client name
 * @param name a name to show beside the id (never a secret)
 * @param channel the channel code of a channel adapter, else null
 * @param departments the departments department staff work for
 * @param municipalities the municipalities an МЦУ operator sees (ignored when {@code regionWide})
 * @param regionWide the regional centre (ЦУР) and admins: every municipality
 */
public record Caller(String clientId, String name, Role role, String channel, Set<String> departments,
                     Set<String> municipalities, boolean regionWide) {

    public Caller {
        departments = departments == null ? Set.of() : Set.copyOf(departments);
        municipalities = municipalities == null ? Set.of() : Set.copyOf(municipalities);
    }

    /** Operators and admins: the centres' staff. */
    public boolean isStaff() {
        return role != null && role.isStaff();
    }

    /** Staff who see the whole region: admins and the regional centre's operators. */
    public boolean seesWholeRegion() {
        return role == Role.ADMIN || (role == Role.OPERATOR && regionWide);
    }

    /** Whether staff may see an appeal of this municipality (null: not yet known, so only region-wide staff). */
    public boolean seesMunicipality(String municipality) {
        if (seesWholeRegion()) {
            return true;
        }
        return role == Role.OPERATOR && municipality != null && municipalities.contains(municipality);
    }

    /** Refuses with 403 unless the caller has one of the roles. */
    public void requireRole(Role... allowed) {
        if (!Arrays.asList(allowed).contains(role)) {
            throw ApiException.forbidden("This role may not do this.");
        }
    }

    /** Refuses with 403 unless the caller is staff who see the whole region. */
    public void requireWholeRegion() {
        if (!seesWholeRegion()) {
            throw ApiException.forbidden("Only the regional centre's operators and admins may do this.");
        }
    }

    /** Staff, or a member of the department (a department role with that department in its scope). */
    public boolean actsFor(Role scopedRole, String scopeValue) {
        return isStaff() || (role == scopedRole && scopedRole == Role.DEPARTMENT && memberOf(scopeValue));
    }

    /** Department staff who work for this department. */
    public boolean memberOf(String departmentId) {
        return role == Role.DEPARTMENT && departmentId != null && departments.contains(departmentId);
    }

    /** A channel adapter of this channel. */
    public boolean isChannel(String channelCode) {
        return role == Role.CHANNEL && channelCode != null && channelCode.equals(channel);
    }

    /** Who acted, for events, audits and the timeline. */
    public Actor actor() {
        return new Actor(clientId, role.name());
    }
}
