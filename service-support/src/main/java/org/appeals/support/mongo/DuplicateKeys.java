package org.appeals.support.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoWriteException;

/** Tells a unique-index violation, which idempotent writes expect, from a real failure. */
public final class DuplicateKeys {

    private static final int DUPLICATE_KEY_CODE = 11000;

    private DuplicateKeys() {
    }

    public static boolean isDuplicateKey(RuntimeException e) {
        if (e instanceof MongoWriteException write) {
            return write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
        }
        // findOneAndUpdate with upsert reports a violation as a failed command, not a failed write
        return e instanceof com.mongodb.DuplicateKeyException
                || e instanceof MongoCommandException command && command.getErrorCode() == DUPLICATE_KEY_CODE;
    }
}
