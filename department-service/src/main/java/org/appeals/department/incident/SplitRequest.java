package org.appeals.department.incident;

import java.util.UUID;
import org.appeals.support.web.ApiException;

/** Body of {@code POST /api/v1/incidents/{id}/split}; read as a string so a bad id gets a clear 400. */
record SplitRequest(String appealId) {

    UUID validAppealId() {
        if (appealId == null || appealId.isBlank()) {
            throw ApiException.badRequest("appealId is required.");
        }
        try {
            return UUID.fromString(appealId.trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("appealId must be a UUID.");
        }
    }
}
