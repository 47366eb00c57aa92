package org.appeals.notification.tracking;

import java.util.UUID;
import org.appeals.support.web.ApiException;

/** Path ids, refused with a clear 400 when they are not UUIDs. */
final class Ids {

    private Ids() {
    }

    static UUID parse(String id, String what) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("The " + what + " id must be a UUID.");
        }
    }
}
