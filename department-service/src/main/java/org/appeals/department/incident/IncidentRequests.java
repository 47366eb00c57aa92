package org.appeals.department.incident;

import java.util.UUID;
import org.appeals.support.web.ApiException;
import org.appeals.support.web.PathIds;

/** Incident ids and list limits from requests, checked. */
final class IncidentRequests {

    private IncidentRequests() {
    }

    /** What a caller sees for an incident it may not read, whether it exists or not. */
    static ApiException unknownIncident() {
        return ApiException.notFound("There is no such incident.");
    }

    /** The id in the path; a value that is no UUID names no incident, so it is a 404 like any unknown id. */
    static UUID incidentId(String raw) {
        return PathIds.parse(raw, IncidentRequests::unknownIncident);
    }

    static int limit(Integer limit, IncidentProperties properties) {
        if (limit == null) {
            return properties.defaultLimit();
        }
        if (limit < 1 || limit > properties.maxLimit()) {
            throw ApiException.badRequest("limit must be between 1 and " + properties.maxLimit() + ".");
        }
        return limit;
    }
}
