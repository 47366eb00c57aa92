package org.appeals.gateway.keys;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.appeals.contracts.Actor;
import org.appeals.gateway.identity.Fingerprints;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What admins do with machine keys: issue, list, rotate, revoke, and read what was done. Every act is audited. */
class KeyAdministration {

    private static final Logger log = LoggerFactory.getLogger(KeyAdministration.class);
    static final int AUDIT_LIMIT = 1000;

    private final KeyStore store;
    private final MachineKeyAuthenticator authenticator;
    private final Clock clock;
    private final KeyProperties properties;

    KeyAdministration(KeyStore store, MachineKeyAuthenticator authenticator, Clock clock, KeyProperties properties) {
        this.store = store;
        this.authenticator = authenticator;
        this.clock = clock;
        this.properties = properties;
    }

    KeyViews.Issued issue(KeyRequests.Issue request, Actor actor) {
        KeyScope scope = KeyScopes.read(request);
        KeyViews.Issued issued = create(scope, actor);
        audit(KeyAction.Type.ISSUED, issued.id(), scope.client(), actor, "role " + scope.role());
        return issued;
    }

    List<KeyViews.Listed> list() {
        Instant now = now();
        return store.all().stream().map(key -> KeyViews.Listed.of(key, now)).toList();
    }

    /** A new key with the old one's scope; the old one keeps working for the grace period, then expires. */
    KeyViews.Issued rotate(String id, Integer graceHours, Actor actor) {
        int hours = graceHours == null ? properties.defaultGraceHours() : graceHours;
        if (hours < 0 || hours > properties.maxGraceHours()) {
            throw KeyProblem.badRequest("\"graceHours\" is 0 to " + properties.maxGraceHours() + ".");
        }
        StoredKey old = store.findById(id).orElseThrow(() -> KeyProblem.notFound(id));
        Instant now = now();
        String secret = NewKeys.generate();
        byte[] digest = Fingerprints.sha256(secret);
        String newId = Fingerprints.of("key", digest);
        // conditional: of two rotations at once only one wins, and a revoked or expired key is not revived
        if (!store.retire(id, now.plus(Duration.ofHours(hours)), newId, now)) {
            throw KeyProblem.conflict(old.rotatedTo() != null ? "This key was rotated already, to " + old.rotatedTo()
                    + "; rotate that one." : "This key is revoked or expired; issue a new one.");
        }
        StoredKey created = StoredKey.issued(Fingerprints.hex(digest), newId, old.scope(), now, actor, id, false);
        store.insert(created);
        authenticator.forget(old.digest());
        audit(KeyAction.Type.ROTATED, id, old.client(), actor, "new key " + newId + ", old key valid " + hours + " h");
        return KeyViews.Issued.of(created, secret);
    }

    /** Revokes at once (other gateway instances within the lookup cache's few seconds); again is no change. */
    KeyViews.Listed revoke(String id, Actor actor) {
        StoredKey key = store.findById(id).orElseThrow(() -> KeyProblem.notFound(id));
        Instant now = now();
        if (store.revoke(id, now)) {
            authenticator.forget(key.digest());
            audit(KeyAction.Type.REVOKED, id, key.client(), actor, null);
        }
        return KeyViews.Listed.of(store.findById(id).orElseThrow(() -> KeyProblem.notFound(id)), now);
    }

    List<KeyAction> audit() {
        return store.actions(AUDIT_LIMIT);
    }

    private KeyViews.Issued create(KeyScope scope, Actor actor) {
        String secret = NewKeys.generate();
        byte[] digest = Fingerprints.sha256(secret);
        StoredKey key = StoredKey.issued(Fingerprints.hex(digest), Fingerprints.of("key", digest), scope,
                now(), actor, null, false);
        store.insert(key);
        return KeyViews.Issued.of(key, secret);
    }

    /** Milliseconds, as the store keeps them: what an answer shows is what a later listing shows. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private void audit(KeyAction.Type type, String keyId, String client, Actor actor, String detail) {
        store.record(new KeyAction(now(), type, keyId, client, actor, detail));
        log.info("key {} {} for {} by {} ({})", keyId, type.name().toLowerCase(), client, actor.id(), actor.role());
    }
}
