package org.appeals.gateway.keys;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Set;
import org.appeals.contracts.Actor;
import org.appeals.support.web.Role;

/** What the key API shows of a key: never its digest, and its secret only once, when issued. */
final class KeyViews {

    private KeyViews() {
    }

    /** A key as listed. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Listed(String id, String client, Role role, String channel, Set<String> departments, Status status,
                  Instant createdAt, Actor createdBy, Instant lastUsedAt, Instant expiresAt, Instant revokedAt,
                  String rotatedFrom, String rotatedTo) {

        static Listed of(StoredKey key, Instant now) {
            return new Listed(key.id(), key.client(), key.role(), key.channel(), key.departments(),
                    Status.of(key, now), key.createdAt(), key.createdBy(), key.lastUsedAt(), key.expiresAt(),
                    key.revokedAt(), key.rotatedFrom(), key.rotatedTo());
        }
    }

    /** A key just issued, with its secret in clear: the only time it is shown. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Issued(String id, String key, String client, Role role, String channel, Set<String> departments,
                  Instant createdAt, Actor createdBy, String rotatedFrom) {

        static Issued of(StoredKey stored, String secret) {
            return new Issued(stored.id(), secret, stored.client(), stored.role(), stored.channel(),
                    stored.departments(), stored.createdAt(), stored.createdBy(), stored.rotatedFrom());
        }
    }

    /** Where a key stands. */
    enum Status {
        ACTIVE,
        /** Rotated: works until {@code expiresAt}. */
        EXPIRING,
        EXPIRED,
        REVOKED;

        static Status of(StoredKey key, Instant now) {
            if (key.revokedAt() != null) {
                return REVOKED;
            }
            if (key.expiresAt() == null) {
                return ACTIVE;
            }
            return now.isBefore(key.expiresAt()) ? EXPIRING : EXPIRED;
        }
    }
}
