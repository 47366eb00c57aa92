package org.appeals.department.incident;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * One appeal within an incident: when it came, where (if the channel knew), and its word set for comparing texts.
 *
 * @param fingerprint the normalized words of the text ({@link Fingerprints}); the text itself is never kept here
 */
record Member(UUID appealId, Instant receivedAt, Double lat, Double lon, Set<String> fingerprint) {

    Member {
        fingerprint = Set.copyOf(fingerprint);
    }

    static Member of(IncidentReport report) {
        var location = report.location();
        boolean located = location != null && location.hasCoordinates();
        return new Member(report.appealId(), report.receivedAt(), located ? location.lat() : null,
                located ? location.lon() : null, Fingerprints.of(report.text()));
    }

    boolean hasCoordinates() {
        return lat != null && lon != null;
    }
}
