package org.appeals.gateway.me;

import java.util.List;
import java.util.Set;
import org.appeals.gateway.identity.Identity;

/**
 * The caller as the gateway maps its token or key ({@code GET /api/v1/me}): what a client may show or offer. Every
 * call is still checked by the gateway and the services, so this only shapes pages, it grants nothing.
 *
 * @param name what to call the caller: a person's name from the token (else the login), a key's client name
 * @param kind PERSON or MACHINE
 * @param channel the channel a channel key posts for, else null
 */
record Me(String name, String kind, String role, boolean regionWide, List<String> municipalities,
          List<String> departments, String channel) {

    static Me of(Identity identity) {
        return new Me(identity.name(), identity.kind().name(), identity.role().name(), identity.regionWide(),
                sorted(identity.municipalities()), sorted(identity.departments()), identity.channel());
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }
}
