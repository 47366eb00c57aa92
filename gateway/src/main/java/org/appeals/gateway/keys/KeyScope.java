package org.appeals.gateway.keys;

import java.util.Set;
import org.appeals.support.web.Role;

/** Whom a key is for and what it may do: the owner, role, and the channel or departments the role needs. */
record KeyScope(String client, Role role, String channel, Set<String> departments) {

    KeyScope {
        departments = departments == null ? Set.of() : Set.copyOf(departments);
    }
}
