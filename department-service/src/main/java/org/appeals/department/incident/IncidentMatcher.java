package org.appeals.department.incident;

import java.time.Instant;

/**
 * Decides whether a new report is about the problem an incident is about: same department, category and
 * municipality; received within the window around the incident's reports; and close to, or worded almost like, one
 * of them. When both reports carry coordinates, the coordinates decide: two "не горит фонарь во дворе" a kilometre
 * apart are two courtyards. Texts decide only when a report has no coordinates.
 */
final class IncidentMatcher {

    private final IncidentProperties properties;

    IncidentMatcher(IncidentProperties properties) {
        this.properties = properties;
    }

    boolean belongs(IncidentKey key, Member report, Incident incident) {
        return incident.key().equals(key) && withinWindow(report.receivedAt(), incident)
                && incident.members().stream().anyMatch(member -> sameProblem(member, report));
    }

    /** Reports may arrive out of order, so the window reaches before the first report as well as after the latest. */
    private boolean withinWindow(Instant receivedAt, Incident incident) {
        return !receivedAt.isBefore(incident.openedAt().minus(properties.window()))
                && !receivedAt.isAfter(incident.lastReportAt().plus(properties.window()));
    }

    private boolean sameProblem(Member a, Member b) {
        if (a.hasCoordinates() && b.hasCoordinates()) {
            return Distance.metres(a.lat(), a.lon(), b.lat(), b.lon()) <= properties.maxDistanceMetres();
        }
        return nearIdentical(a, b);
    }

    private boolean nearIdentical(Member a, Member b) {
        return a.fingerprint().size() >= properties.minWords() && b.fingerprint().size() >= properties.minWords()
                && Fingerprints.numbersAgree(a.fingerprint(), b.fingerprint())
                && Fingerprints.similarity(a.fingerprint(), b.fingerprint()) >= properties.minSimilarity();
    }
}
