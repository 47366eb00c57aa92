package org.appeals.gateway.access;

import static org.appeals.gateway.keys.Role.ADMIN;
import static org.appeals.gateway.keys.Role.CHANNEL;
import static org.appeals.gateway.keys.Role.DEPARTMENT;
import static org.appeals.gateway.keys.Role.OPERATOR;

import java.util.Set;
import org.appeals.gateway.keys.ApiClient;
import org.appeals.gateway.keys.Role;

/**
 * Who may call what, decided from the method, the path and the key alone (no I/O). Default is refusal: a path the
 * policy does not know is a 404, a role it does not name is a 403.
 */
public class AccessPolicy {

    static final String OTHER_DEPARTMENT = "This API key acts only for its own department.";
    static final String STAFF_READ_ONLY = "Operators and admins may only read department data.";
    static final String NO_API = "There is no API at this path.";

    /** Where the raw (undecoded) request path points. */
    public Target locate(String rawPath) {
        return Locator.locate(rawPath);
    }

    /** Whether the client may call the method on the target. */
    public Decision authorize(String method, Target target, ApiClient client) {
        return switch (target.shape()) {
            case OPEN, PUBLIC -> Decision.allow();
            case INVALID -> Decision.badRequest(target.problem());
            case UNKNOWN -> Decision.notFound(NO_API);
            case APPEALS -> appeals(method, client);
            case APPEAL -> roles(method, client, CHANNEL, OPERATOR, ADMIN);
            case DELIVERIES, STAFF_ONLY -> roles(method, client, OPERATOR, ADMIN);
            // notification checks that the delivery went out through the key's own channel
            case RECEIPT -> "POST".equals(method) ? roles(method, client, CHANNEL)
                    : Decision.forbidden("Receipts are only posted.");
            case DEPARTMENTS -> staffReads(method, client);
            case DEPARTMENT -> department(method, target.departmentId(), client);
        };
    }

    /** For a channel key posting an appeal: the body must be a JSON object whose channel is the key's own. */
    public Decision checkAppealChannel(ApiClient client, byte[] body) {
        String channel;
        try {
            channel = AppealChannel.of(body);
        } catch (MalformedAppealException e) {
            return Decision.badRequest(e.getMessage());
        }
        return client.hasScope(channel) ? Decision.allow()
                : Decision.forbidden("This key posts only for channel " + client.scope() + ".");
    }

    private static Decision appeals(String method, ApiClient client) {
        if ("POST".equals(method) && client.role() == CHANNEL) {
            return Decision.checkChannel();
        }
        if ("POST".equals(method)) {
            return roles(method, client, ADMIN);
        }
        return staffReads(method, client);
    }

    private static Decision department(String method, String departmentId, ApiClient client) {
        if (client.role() == DEPARTMENT) {
            return client.hasScope(departmentId) ? Decision.allow() : Decision.forbidden(OTHER_DEPARTMENT);
        }
        return staffReads(method, client);
    }

    private static Decision staffReads(String method, ApiClient client) {
        if (!client.role().isStaff()) {
            return roles(method, client, OPERATOR, ADMIN);
        }
        return "GET".equals(method) ? Decision.allow() : Decision.forbidden(STAFF_READ_ONLY);
    }

    private static Decision roles(String method, ApiClient client, Role... allowed) {
        return Set.of(allowed).contains(client.role()) ? Decision.allow()
                : Decision.forbidden("An API key with role " + client.role() + " may not call " + method
                        + " on this path.");
    }
}
