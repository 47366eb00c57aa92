package org.appeals.support.idempotency;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.appeals.support.web.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a write at most once per {@code Idempotency-Key}, scoped by caller (client id and role) and endpoint (method
 * and path). The first request claims the key (a unique {@code _id} in {@code idempotency_keys}) with the SHA-256 of
 * its body, performs the write and stores the response once the write returned, that is once its change is durable
 * (the client writes with {@code w=majority, j=true}). A retry with the same body gets that response again, status
 * and body, without a second write; with another body 422; while the first is still running 409 with
 * {@code Retry-After}. Without the header nothing changes.
 *
 * <p>The gap: the write is stored but its response is not (the process dies, or the store goes away right after).
 * The key then stays claimed until its lease ends; a retry after that takes it over and performs the write again.
 * That second performance must not act twice, and the record cannot tell, so the write itself does: it gets a
 * {@code requestId} derived from the scoped key, records it in the same conditional update that stores its change,
 * and on a retry finds it there and answers from what it stored (department-service's answers and reviews). Writes
 * that cannot be repeated at all are refused the second time by their own state checks (a delivery that is no longer
 * parked, an appeal already split out), so the retry gets an error but nothing happens twice. A write that fails
 * (any exception) releases the key: its error is not stored, and a retry is carried out, guarded the same way.
 * Only the status and JSON body of a response are kept, which is all these endpoints answer with.
 */
public class IdempotentWrites {

    private static final Logger log = LoggerFactory.getLogger(IdempotentWrites.class);
    /** Seconds a concurrent duplicate is told to wait: a write takes well under this while the store is up. */
    static final long RETRY_AFTER_SECONDS = 2;
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private final KeyRecords records;
    private final IdempotencyProperties properties;
    private final JsonMapper json;
    private final Clock clock;

    IdempotentWrites(KeyRecords records, IdempotencyProperties properties, JsonMapper json, Clock clock) {
        this.records = records;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    /** Performs {@code write} for {@code caller}, unless {@code key} already did; {@code body} as the client sent it. */
    public <T> ResponseEntity<?> run(Caller caller, IdempotencyKey key, Object body, Write<T> write) {
        if (!key.present()) {
            return write.perform(null);
        }
        String scoped = ScopedKeys.scoped(caller, key);
        Instant now = clock.instant();
        KeyRecord mine = new KeyRecord(scoped, ScopedKeys.sha256(json.writeValueAsBytes(body)),
                UUID.randomUUID().toString(), now.plus(properties.lease()), now.plus(properties.retention()), null);
        if (!records.claim(mine)) {
            KeyRecord seen = records.find(scoped).orElseThrow(() -> new KeyInProgressException(RETRY_AFTER_SECONDS));
            if (!now.isAfter(seen.expiresAt())) {
                if (!seen.bodyHash().equals(mine.bodyHash())) {
                    throw new KeyReusedException();
                }
                if (seen.done()) {
                    return replay(seen.response());
                }
            }
            if (!seen.abandoned(now) || !records.takeOver(seen, mine)) {
                throw new KeyInProgressException(RETRY_AFTER_SECONDS);
            }
            log.info("idempotency key of {} ({}) on {} taken over after its holder stopped", caller.clientId(),
                    caller.role(), key.endpoint());
        }
        return perform(mine, write);
    }

    private <T> ResponseEntity<T> perform(KeyRecord mine, Write<T> write) {
        ResponseEntity<T> result;
        try {
            result = write.perform(ScopedKeys.requestId(mine.scopedKey(), mine.bodyHash()));
        } catch (RuntimeException e) {
            releaseQuietly(mine);
            throw e;
        }
        try {
            Object body = result.getBody();
            records.complete(mine.scopedKey(), mine.holder(), new KeyRecord.StoredResponse(
                    result.getStatusCode().value(), body == null ? null : json.writeValueAsString(body)));
        } catch (RuntimeException e) {
            // the write is durable and the client gets its answer; a retry takes the key over after the lease and
            // the write's own request id keeps it from acting twice
            log.warn("response of a write not stored under its idempotency key: {}", e.getMessage());
        }
        return result;
    }

    private void releaseQuietly(KeyRecord mine) {
        try {
            records.release(mine.scopedKey(), mine.holder());
        } catch (RuntimeException e) {
            log.warn("idempotency key not released, a retry waits for its lease: {}", e.getMessage());
        }
    }

    private ResponseEntity<?> replay(KeyRecord.StoredResponse response) {
        var replayed = ResponseEntity.status(response.status()).header(REPLAYED_HEADER, "true");
        if (response.body() == null) {
            return replayed.build();
        }
        return replayed.contentType(MediaType.APPLICATION_JSON).body(json.readTree(response.body()));
    }
}
