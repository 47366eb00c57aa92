package org.appeals.support.idempotency;

import java.util.UUID;
import org.springframework.http.ResponseEntity;

/** The write a key guards. */
@FunctionalInterface
public interface Write<T> {

    /**
     * Carries the write out. {@code requestId} is derived from the scoped key (the same for every retry), null when
     * the request has no key: a write that records it with the change it stores, in the same conditional update, can
     * tell a retry of a write it already made (see {@link IdempotentWrites}).
     */
    ResponseEntity<T> perform(UUID requestId);
}
