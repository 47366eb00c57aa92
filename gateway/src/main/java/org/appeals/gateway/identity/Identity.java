package org.appeals.gateway.identity;

import java.util.Set;
import org.appeals.support.web.Role;

/**
 * Who is calling, whether it came from a person's token or a machine's key: the one thing the access policy checks
 * and the gateway signs for the services.
 *
 * @param id the person's login or the key's client name
 * @param name what to show beside the id (never a secret)
 * @param channel the channel code a channel adapter posts for, else null
 * @param departments the departments department staff or systems act for
 * @param municipalities the municipalities a municipal centre's (МЦУ) operator sees
 * @param regionWide true for the regional centre (ЦУР) and admins
 * @param fingerprint safe to log and to key rate limits by: never the key or token itself
 */
public record Identity(String id, String name, Kind kind, Role role, String channel, Set<String> departments,
                       Set<String> municipalities, boolean regionWide, String fingerprint) {

    /** The request attribute that holds the identity of an admitted request, for the gateway's own endpoints. */
    public static final String ATTRIBUTE = "org.appeals.gateway.identity.Identity";

    public Identity {
        departments = departments == null ? Set.of() : Set.copyOf(departments);
        municipalities = municipalities == null ? Set.of() : Set.copyOf(municipalities);
    }

    /** True when this identity works for the department. */
    public boolean actsFor(String departmentId) {
        return role == Role.DEPARTMENT && departments.contains(departmentId);
    }

    /** True for operators and admins of the regional centre, who see every municipality. */
    public boolean isRegionWideStaff() {
        return role != null && role.isStaff() && regionWide;
    }
}
