package org.appeals.gateway.keys;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where machine keys and the audit of what was done to them are kept. */
interface KeyStore {

    void createIndexes();

    void insert(StoredKey key);

    /** Inserts the key unless one with its digest exists; true when inserted. */
    boolean insertIfAbsent(StoredKey key);

    Optional<StoredKey> findByDigest(String digest);

    Optional<StoredKey> findById(String id);

    /** Every key, oldest first. */
    List<StoredKey> all();

    /** Records a use, unless one was recorded after {@code unlessAfter}. */
    void markUsed(String digest, Instant at, Instant unlessAfter);

    /** Sets expiry and successor on a usable key not rotated before; false when there was none such. */
    boolean retire(String id, Instant expiresAt, String rotatedTo, Instant now);

    /** Revokes the key unless revoked already; false when nothing changed. */
    boolean revoke(String id, Instant at);

    void record(KeyAction action);

    /** The audit, newest first, at most {@code limit} entries. */
    List<KeyAction> actions(int limit);
}
