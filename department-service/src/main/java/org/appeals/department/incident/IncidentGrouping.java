package org.appeals.department.incident;

import java.util.Optional;
import java.util.UUID;
import org.appeals.contracts.Municipality;

/**
 * Puts a report into the incident it belongs to, or opens a one-member incident for it, which is then merged with
 * any twin opened at the same moment ({@link TwinIncidents}). Each step reads, decides and writes conditionally; a
 * step that lost a race to another writer is simply done again.
 */
final class IncidentGrouping {

    /** Enough for a burst of reports of one problem racing for one incident; each round at least one of them wins. */
    private static final int ATTEMPTS = 32;

    private final IncidentStore store;
    private final IncidentJoins joins;
    private final TwinIncidents twins;

    IncidentGrouping(IncidentStore store, IncidentProperties properties, IncidentMetrics metrics) {
        this.store = store;
        this.joins = new IncidentJoins(store, properties, metrics);
        this.twins = new TwinIncidents(store, joins);
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
            if (current.isEmpty()) {
                joins.join(key, member); // whether it won or lost, the next round reads where it is
                continue;
            }
            Incident incident = current.get();
            if (!keeps(incident, key, member)) {
                store.remove(incident, report.appealId(), null);
                continue;
            }
            if (TwinIncidents.bare(incident) && twins.merge(incident, member)) {
                continue;
            }
            return Optional.of(incident).filter(Incident::isGroup).map(Incident::id);
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
}
