package org.appeals.gateway.keys;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.appeals.contracts.Channel;
import org.appeals.gateway.identity.DepartmentIds;
import org.appeals.support.web.Role;

/** Reads a request for a new key into its scope, refusing a key that would stand for nobody or a bad scope. */
final class KeyScopes {

    private static final Pattern CLIENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final int MAX_DEPARTMENTS = 50;

    private KeyScopes() {
    }

    static KeyScope read(KeyRequests.Issue request) {
        if (request == null || request.client() == null || !CLIENT.matcher(request.client()).matches()) {
            throw KeyProblem.badRequest("\"client\" names the key's owner: 1-64 letters, digits, '.', '_' or '-'.");
        }
        Role role = role(request.role());
        List<String> departments = request.departments() == null ? List.of() : request.departments();
        return switch (role) {
            case CHANNEL -> {
                require(departments.isEmpty(), "A CHANNEL key has no \"departments\".");
                yield new KeyScope(request.client(), role, channel(request.channel()), Set.of());
            }
            case DEPARTMENT -> {
                require(request.channel() == null, "A DEPARTMENT key has no \"channel\".");
                yield new KeyScope(request.client(), role, null, departments(departments));
            }
            case OPERATOR, ADMIN -> {
                require(request.channel() == null && departments.isEmpty(),
                        "An " + role + " key acts for the whole region: no \"channel\" or \"departments\".");
                yield new KeyScope(request.client(), role, null, Set.of());
            }
        };
    }

    private static Role role(String role) {
        try {
            return Role.valueOf(role == null ? "" : role);
        } catch (IllegalArgumentException e) {
            throw KeyProblem.badRequest("\"role\" is one of " + Arrays.toString(Role.values()) + ".");
        }
    }

    private static String channel(String channel) {
        require(channel != null && Arrays.stream(Channel.values()).anyMatch(c -> c.name().equals(channel)),
                "A CHANNEL key needs \"channel\", one of " + Arrays.toString(Channel.values()) + ".");
        return channel;
    }

    private static Set<String> departments(List<String> departments) {
        require(!departments.isEmpty() && departments.size() <= MAX_DEPARTMENTS,
                "A DEPARTMENT key needs \"departments\": 1 to " + MAX_DEPARTMENTS + " department ids.");
        require(departments.stream().allMatch(DepartmentIds::isWellFormed),
                "A department id is made of lower-case letters, digits and dashes.");
        return new LinkedHashSet<>(departments);
    }

    private static void require(boolean condition, String detail) {
        if (!condition) {
            throw KeyProblem.badRequest(detail);
        }
    }
}
