package org.appeals.gateway.keys;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.appeals.contracts.Actor;

/**
 * One entry of the key audit: what was done to which key, by whom.
 *
 * @param detail what else the action set (the new key of a rotation and its grace), never a secret
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record KeyAction(Instant at, Type action, String keyId, String client, Actor actor, String detail) {

    /** The key actions the audit records. */
    enum Type {
        ISSUED, ROTATED, REVOKED,
        /** A demo key put in the store at start in demo mode. */
        SEEDED
    }
}
