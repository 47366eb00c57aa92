package org.appeals.department.incident;

import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import org.appeals.contracts.Municipality;

/**
 * Puts a report into the incident it belongs to, or opens a one-member incident for it. Each step reads, decides
 * and writes conditionally; a step that lost a race to another writer is simply done again.
 */
final class IncidentGrouping {

    /** Enough for a burst of reports of one problem racing for one incident; each round at least one of them wins. */
    private static final int ATTEMPTS = 16;

    private static final Comparator<Incident> PREFERRED = Comparator.<Incident>comparingInt(i -> i.members().size())
            .thenComparing(Incident::lastReportAt);

    private final IncidentStore store;
    private final IncidentMatcher matcher;
    private final IncidentProperties properties;
    private final IncidentMetrics metrics;

    IncidentGrouping(IncidentStore store, IncidentProperties properties, IncidentMetrics metrics) {
        this.store = store;
        this.matcher = new IncidentMatcher(properties);
        this.properties = properties;
        this.metrics = metrics;
    }

    /** The incident's id if the report is now in a group of two or more; empty while it stands alone. */
    Optional<UUID> place(IncidentReport report) {
        if (report.departmentId() == null || report.municipality() == Municipality.UNKNOWN) {
            return Optional.empty(); // not placed, or nowhere in particular: nothing to be "the same place" as
        }
        IncidentKey key = report.key();
        Member member = Member.of(report);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Incident> current = store.containing(report.appealId());
            if (current.isPresent() && keeps(current.get(), key, member)) {
                return current.filter(Incident::isGroup).map(Incident::id);
            }
            if (current.isPresent()) {
                store.remove(current.get(), report.appealId(), null);
                continue;
            }
            Optional<Incident> match = bestMatch(key, member);
            if (match.isEmpty() && store.insert(Incident.open(UUID.randomUUID(), key, member))) {
                return Optional.empty();
            }
            if (match.isPresent() && store.add(match.get(), member)) {
                metrics.grouped(key.departmentId());
                return Optional.of(match.get().id());
            }
        }
        throw new IllegalStateException("incidents around appeal " + report.appealId() + " kept changing; giving up");
    }

    /**
     * An appeal stays where it is, unless it has been placed elsewhere since, or it is still alone and now brings
     * what it lacked when first considered (its text or coordinates may arrive after its assignment).
     */
    private static boolean keeps(Incident current, IncidentKey key, Member member) {
        if (!current.key().equals(key)) {
            return false;
        }
        if (current.isGroup() || !current.splitOut().isEmpty()) {
            return true; // a group, or what a split left, is the operators' business now: it is not re-formed
        }
        Member known = current.members().get(0);
        boolean newText = known.fingerprint().isEmpty() && !member.fingerprint().isEmpty();
        boolean newPlace = !known.hasCoordinates() && member.hasCoordinates();
        return !newText && !newPlace;
    }

    /** Of the incidents the report fits, the largest, then the most recently reported. */
    private Optional<Incident> bestMatch(IncidentKey key, Member member) {
        var since = member.receivedAt().minus(properties.window());
        return store.candidates(key, since, properties.candidateLimit()).stream()
                .filter(incident -> !incident.splitOut().contains(member.appealId()))
                .filter(incident -> matcher.belongs(key, member, incident))
                .max(PREFERRED);
    }
}
