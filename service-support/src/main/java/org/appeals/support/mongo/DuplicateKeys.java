package org.appeals.support.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;

/** Tells a unique-index violation, which idempotent writes expect, from a real failure. */
public final class DuplicateKeys {

    private DuplicateKeys() {
    }

    public static boolean isDuplicateKey(RuntimeException e) {
        if (e instanceof MongoWriteException write) {
            return write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
        }
        return e instanceof com.mongodb.DuplicateKeyException;
    }
}
