package org.appeals.department.incident;

import java.util.Optional;
import java.util.UUID;
import org.appeals.contracts.Municipality;
import org.appeals.department.retry.LostRace;
import org.appeals.department.retry.RaceRetry;

/**
 * Puts a report into the incident it belongs to, or opens a one-member incident for it, which is then merged with
 * any twin opened at the same moment ({@link TwinIncidents}). Each round reads, decides and writes conditionally; a
 * round that lost a race to another writer, or moved the report on, is simply done again ({@link RaceRetry}): a burst
 * of reports racing for one incident needs about as many rounds as there are reports, as each round one of them wins.
 */
final class IncidentGrouping {

    private final IncidentStore store;
    private final IncidentJoins joins;
    private final TwinIncidents twins;
    private final RaceRetry retry;

    IncidentGrouping(IncidentStore store, IncidentProperties properties, IncidentMetrics metrics, RaceRetry retry) {
        this.store = store;
        this.joins = new IncidentJoins(store, properties, metrics);
        this.twins = new TwinIncidents(store, joins, retry);
        this.retry = retry;
    }

    /** The incident's id if the report is now in a group of two or more; empty while it stands alone. */
    Optional<UUID> place(IncidentReport report) {
        if (report.departmentId() == null || report.municipality() == Municipality.UNKNOWN) {
            return Optional.empty(); // not placed, or nowhere in particular: nothing to be "the same place" as
        }
        IncidentKey key = report.key();
        Member member = Member.of(report);
        return retry.untilWon(() -> round(report.appealId(), key, member));
    }

    /** Where the report is once it stays put; {@link LostRace} when it moved (or lost a race) and must look again. */
    private Optional<UUID> round(UUID appealId, IncidentKey key, Member member) {
        Optional<Incident> current = store.containing(appealId);
        if (current.isEmpty()) {
            joins.join(key, member); // whether it won or lost, the next round reads where it is
            throw new LostRace("incidents around appeal " + appealId);
        }
        Incident incident = current.get();
        if (!keeps(incident, key, member)) {
            store.remove(incident, appealId, null);
            throw new LostRace("incidents around appeal " + appealId);
        }
        if (TwinIncidents.bare(incident) ? twins.merge(incident, member)
                : incident.isGroup() && twins.absorb(incident, member)) {
            throw new LostRace("incidents around appeal " + appealId);
        }
        return Optional.of(incident).filter(Incident::isGroup).map(Incident::id);
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
