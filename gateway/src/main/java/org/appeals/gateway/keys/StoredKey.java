package org.appeals.gateway.keys;

import java.time.Instant;
import java.util.Set;
import org.appeals.contracts.Actor;
import org.appeals.gateway.identity.Identity;
import org.appeals.gateway.identity.Kind;
import org.appeals.support.web.Role;

/**
 * A machine key as stored: only the SHA-256 digest of the secret, never the secret.
 *
 * @param digest hex SHA-256 of the key (the document's {@code _id})
 * @param id the public name of the key (its fingerprint), used by the admin API and in logs
 * @param expiresAt set on the old key by a rotation: it works until then, alongside the new one
 * @param rotatedTo the key that replaced this one, once rotated
 * @param demo seeded in demo mode; refused whenever demo mode is off
 */
record StoredKey(String digest, String id, String client, Role role, String channel, Set<String> departments,
                 Instant createdAt, Actor createdBy, Instant lastUsedAt, Instant expiresAt, Instant revokedAt,
                 String rotatedFrom, String rotatedTo, boolean demo) {

    StoredKey {
        departments = departments == null ? Set.of() : Set.copyOf(departments);
    }

    /** Issued now by the actor, not yet used. */
    static StoredKey issued(String digest, String id, KeyScope scope, Instant now, Actor actor, String rotatedFrom,
                            boolean demo) {
        return new StoredKey(digest, id, scope.client(), scope.role(), scope.channel(), scope.departments(), now,
                actor, null, null, null, rotatedFrom, null, demo);
    }

    boolean usableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    KeyScope scope() {
        return new KeyScope(client, role, channel, departments);
    }

    /** Operator and admin keys act for the whole region: a key cannot carry a municipal centre's scope. */
    Identity identity() {
        return new Identity(client, client, Kind.MACHINE, role, channel, departments, Set.of(),
                role != null && role.isStaff(), id);
    }
}
