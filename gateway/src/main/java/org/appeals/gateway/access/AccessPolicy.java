package org.appeals.gateway.access;

import static org.appeals.support.web.Role.ADMIN;
import static org.appeals.support.web.Role.CHANNEL;
import static org.appeals.support.web.Role.DEPARTMENT;
import static org.appeals.support.web.Role.OPERATOR;

import java.util.Set;
import org.appeals.gateway.identity.Identity;
import org.appeals.support.web.Role;

/**
 * Who may call what, decided from the method, the path and the identity alone (no I/O). Default is refusal: a path
 * the policy does not know is a 404, a role it does not name is a 403. Scopes finer than a path (an МЦУ operator's
 * municipalities) are the services' to check on the data.
 */
public class AccessPolicy {

    static final String OTHER_DEPARTMENT = "This identity acts only for its own departments.";
    static final String STAFF_READ_ONLY = "Operators and admins may only read department data.";
    static final String REGION_ONLY = "Only the regional centre's staff (ЦУР) and admins may do this.";
    static final String NO_API = "There is no API at this path.";

    /** Where the raw (undecoded) request path points. */
    public Target locate(String rawPath) {
        return Locator.locate(rawPath);
    }

    /** Whether the identity may call the method on the target. */
    public Decision authorize(String method, Target target, Identity identity) {
        return switch (target.shape()) {
            case OPEN, PUBLIC, RESIDENT, FORM -> Decision.allow();
            // whoever the gateway identified may learn who it thinks they are, by GET
            case ME -> "GET".equals(method) ? Decision.allow() : Decision.forbidden("Who you are is only read.");
            case INVALID -> Decision.badRequest(target.problem());
            case UNKNOWN -> Decision.notFound(NO_API);
            case APPEALS -> appeals(method, identity);
            case APPEAL -> roles(method, identity, CHANNEL, OPERATOR, ADMIN);
            case STAFF_ONLY -> roles(method, identity, OPERATOR, ADMIN);
            case DELIVERIES -> regionWide(roles(method, identity, OPERATOR, ADMIN), identity);
            case DIRECTORY -> "GET".equals(method) ? roles(method, identity, OPERATOR, ADMIN)
                    : regionWide(roles(method, identity, OPERATOR, ADMIN), identity);
            // notification checks that the delivery went out through the key's own channel
            case RECEIPT -> "POST".equals(method) ? roles(method, identity, CHANNEL)
                    : Decision.forbidden("Receipts are only posted.");
            case DEPARTMENTS -> staffReads(method, identity);
            case DEPARTMENT -> department(method, target.departmentId(), identity);
            case AUDIT -> "GET".equals(method) ? roles(method, identity, ADMIN)
                    : Decision.forbidden("The audit of personal-data reads is only read.");
            case WEBHOOK_SECRETS, KEYS, PERSONAL_DATA -> roles(method, identity, ADMIN);
        };
    }

    /** For a channel adapter posting an appeal: the body must be a JSON object whose channel is its own. */
    public Decision checkAppealChannel(Identity identity, byte[] body) {
        String channel;
        try {
            channel = AppealChannel.of(body);
        } catch (MalformedAppealException e) {
            return Decision.badRequest(e.getMessage());
        }
        return channel.equals(identity.channel()) ? Decision.allow()
                : Decision.forbidden("This key posts only for channel " + identity.channel() + ".");
    }

    private static Decision appeals(String method, Identity identity) {
        if ("POST".equals(method) && identity.role() == CHANNEL) {
            return Decision.checkChannel();
        }
        if ("POST".equals(method)) {
            return roles(method, identity, ADMIN);
        }
        // the search: intake narrows department staff to their own departments' appeals
        if ("GET".equals(method) && identity.role() == DEPARTMENT) {
            return Decision.allow();
        }
        return staffReads(method, identity);
    }

    private static Decision department(String method, String departmentId, Identity identity) {
        if (identity.role() == DEPARTMENT) {
            return identity.actsFor(departmentId) ? Decision.allow() : Decision.forbidden(OTHER_DEPARTMENT);
        }
        return staffReads(method, identity);
    }

    private static Decision staffReads(String method, Identity identity) {
        if (identity.role() == null || !identity.role().isStaff()) {
            return roles(method, identity, OPERATOR, ADMIN);
        }
        return "GET".equals(method) ? Decision.allow() : Decision.forbidden(STAFF_READ_ONLY);
    }

    /** A municipal centre's (МЦУ) operator passes the role check but not this one. */
    private static Decision regionWide(Decision byRole, Identity identity) {
        if (byRole.verdict() != Verdict.ALLOW) {
            return byRole;
        }
        return identity.isRegionWideStaff() ? byRole : Decision.forbidden(REGION_ONLY);
    }

    private static Decision roles(String method, Identity identity, Role... allowed) {
        return Set.of(allowed).contains(identity.role()) ? Decision.allow()
                : Decision.forbidden("An identity with role " + identity.role() + " may not call " + method
                        + " on this path.");
    }
}
