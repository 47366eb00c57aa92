package org.appeals.department.incident;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.appeals.department.appeal.BsonValues;

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
        // as it will read back once stored, so that the incident in hand and the stored one agree
        return new Member(report.appealId(), BsonValues.storable(report.receivedAt()), located ? location.lat() : null,
                located ? location.lon() : null, Fingerprints.of(report.text()));
    }

    boolean hasCoordinates() {
        return lat != null && lon != null;
    }
}
