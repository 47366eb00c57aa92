package org.appeals.gateway.keys;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Keys in a map, for unit tests of what is decided about them. Counts lookups, to show when none happened. */
class InMemoryKeyStore implements KeyStore {

    final Map<String, StoredKey> keys = new ConcurrentHashMap<>();
    final List<KeyAction> actions = new ArrayList<>();
    int lookups;

    @Override
    public void createIndexes() {
    }

    @Override
    public void insert(StoredKey key) {
        keys.put(key.digest(), key);
    }

    @Override
    public boolean insertIfAbsent(StoredKey key) {
        return keys.putIfAbsent(key.digest(), key) == null;
    }

    @Override
    public Optional<StoredKey> findByDigest(String digest) {
        lookups++;
        return Optional.ofNullable(keys.get(digest));
    }

    @Override
    public Optional<StoredKey> findById(String id) {
        return keys.values().stream().filter(k -> k.id().equals(id)).findFirst();
    }

    @Override
    public List<StoredKey> all() {
        return keys.values().stream().sorted(Comparator.comparing(StoredKey::createdAt)).toList();
    }

    @Override
    public void markUsed(String digest, Instant at, Instant unlessAfter) {
        keys.computeIfPresent(digest, (d, k) -> new StoredKey(k.digest(), k.id(), k.client(), k.role(), k.channel(),
                k.departments(), k.createdAt(), k.createdBy(), at, k.expiresAt(), k.revokedAt(), k.rotatedFrom(),
                k.rotatedTo(), k.demo()));
    }

    @Override
    public boolean retire(String id, Instant expiresAt, String rotatedTo, Instant now) {
        StoredKey k = findById(id).filter(key -> key.usableAt(now) && key.rotatedTo() == null).orElse(null);
        if (k == null) {
            return false;
        }
        keys.put(k.digest(), new StoredKey(k.digest(), k.id(), k.client(), k.role(), k.channel(), k.departments(),
                k.createdAt(), k.createdBy(), k.lastUsedAt(), expiresAt, k.revokedAt(), k.rotatedFrom(), rotatedTo,
                k.demo()));
        return true;
    }

    @Override
    public boolean revoke(String id, Instant at) {
        StoredKey k = findById(id).filter(key -> key.revokedAt() == null).orElse(null);
        if (k == null) {
            return false;
        }
        keys.put(k.digest(), new StoredKey(k.digest(), k.id(), k.client(), k.role(), k.channel(), k.departments(),
                k.createdAt(), k.createdBy(), k.lastUsedAt(), k.expiresAt(), at, k.rotatedFrom(), k.rotatedTo(),
                k.demo()));
        return true;
    }

    @Override
    public void record(KeyAction action) {
        actions.add(0, action);
    }

    @Override
    public List<KeyAction> actions(int limit) {
        return actions.stream().limit(limit).toList();
    }
}
