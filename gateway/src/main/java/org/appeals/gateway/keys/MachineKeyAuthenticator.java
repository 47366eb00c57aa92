package org.appeals.gateway.keys;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.appeals.gateway.identity.DepartmentIds;
import org.appeals.gateway.identity.Fingerprints;
import org.appeals.gateway.identity.Identity;
import org.appeals.gateway.identity.Kind;
import org.appeals.support.web.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the identity an API key stands for. The key is looked up by its SHA-256 digest, so neither the store nor a
 * timing difference holds the key itself; found keys are kept a few seconds (see {@link KeyProperties#cacheTtl()}).
 */
public class MachineKeyAuthenticator {

    static final String DEMO_DEPARTMENT_PREFIX = "demo-dept-";
    private static final Logger log = LoggerFactory.getLogger(MachineKeyAuthenticator.class);

    private final KeyStore store;
    private final Clock clock;
    private final KeyProperties properties;
    private final boolean demo;
    private final Cache<String, StoredKey> found;
    private final Cache<String, Instant> usesRecorded;

    MachineKeyAuthenticator(KeyStore store, Clock clock, KeyProperties properties, boolean demo) {
        this.store = store;
        this.clock = clock;
        this.properties = properties;
        this.demo = demo;
        this.found = Caffeine.newBuilder().expireAfterWrite(properties.cacheTtl()).maximumSize(10_000).build();
        this.usesRecorded = Caffeine.newBuilder().expireAfterWrite(properties.lastUsedInterval())
                .maximumSize(10_000).build();
    }

    /** The identity of a usable key; empty for an unknown, revoked or expired one. */
    public Optional<Identity> authenticate(String presented) {
        if (presented == null || presented.isEmpty()) {
            return Optional.empty();
        }
        byte[] digest = Fingerprints.sha256(presented);
        if (demo && presented.startsWith(DEMO_DEPARTMENT_PREFIX)) {
            return demoDepartment(presented.substring(DEMO_DEPARTMENT_PREFIX.length()), digest);
        }
        String hex = Fingerprints.hex(digest);
        StoredKey key = lookUp(hex);
        Instant now = clock.instant();
        // a demo key left in the store from a demo run does nothing once demo mode is off
        if (key == null || !key.usableAt(now) || (key.demo() && !demo)) {
            return Optional.empty();
        }
        recordUse(hex, now);
        return Optional.of(key.identity());
    }

    /** Forgets a cached key at once, after it was rotated or revoked here. */
    void forget(String digest) {
        found.invalidate(digest);
    }

    private StoredKey lookUp(String digest) {
        StoredKey cached = found.getIfPresent(digest);
        if (cached != null) {
            return cached;
        }
        // unknown keys are not cached: a key issued a moment ago works at once; a store away is KeyStoreUnavailable
        StoredKey key = store.findByDigest(digest).orElse(null);
        if (key != null) {
            found.put(digest, key);
        }
        return key;
    }

    private void recordUse(String digest, Instant now) {
        if (usesRecorded.getIfPresent(digest) != null) {
            return;
        }
        usesRecorded.put(digest, now);
        try {
            store.markUsed(digest, now, now.minus(properties.lastUsedInterval()));
        } catch (KeyStoreUnavailable e) {
            log.warn("could not record the last use of a key: {}", e.getMessage());
        }
    }

    private static Optional<Identity> demoDepartment(String departmentId, byte[] digest) {
        if (!DepartmentIds.isWellFormed(departmentId)) {
            return Optional.empty();
        }
        return Optional.of(new Identity("demo-department-" + departmentId, "demo-department-" + departmentId,
                Kind.MACHINE, Role.DEPARTMENT, null, Set.of(departmentId), Set.of(), false,
                Fingerprints.of("key", digest)));
    }
}
