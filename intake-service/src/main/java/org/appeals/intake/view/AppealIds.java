package org.appeals.intake.view;

import java.util.Locale;
import java.util.UUID;
import org.appeals.support.web.ApiException;

/** Reads an appeal id from a path, strictly: the canonical UUID form only. */
final class AppealIds {

    private AppealIds() {
    }

    static UUID parse(String id) {
        try {
            UUID parsed = UUID.fromString(id);
            // UUID.fromString also takes short forms such as "1-2-3-4-5", which name no appeal of ours
            if (parsed.toString().equals(id.toLowerCase(Locale.ROOT))) {
                return parsed;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw ApiException.badRequest("An appeal id is a UUID such as 5d0c8c1a-3a43-4c6b-8f6e-7f3e2b1a0c11.");
    }
}
