package org.appeals.department.incident;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The single steps of grouping: finding the incidents a report fits, and joining one with a conditional write. */
final class IncidentJoins {

    /** Of the incidents a report fits, the largest is joined, then the most recently reported. */
    static final Comparator<Incident> PREFERRED = Comparator.<Incident>comparingInt(i -> i.members().size())
            .thenComparing(Incident::lastReportAt);

    private final IncidentStore store;
    private final IncidentMatcher matcher;
    private final IncidentProperties properties;
    private final IncidentMetrics metrics;

    IncidentJoins(IncidentStore store, IncidentProperties properties, IncidentMetrics metrics) {
        this.store = store;
        this.matcher = new IncidentMatcher(properties);
        this.properties = properties;
        this.metrics = metrics;
    }

    /** The incidents the report fits, but those an operator split it out of. */
    List<Incident> matching(IncidentKey key, Member member) {
        var since = member.receivedAt().minus(properties.window());
        return store.candidates(key, since, properties.candidateLimit()).stream()
                .filter(incident -> !incident.splitOut().contains(member.appealId()))
                .filter(incident -> matcher.belongs(key, member, incident))
                .toList();
    }

    /** Puts a report that is in no incident into its best match, else alone; false if it lost a race. */
    boolean join(IncidentKey key, Member member) {
        Optional<Incident> match = matching(key, member).stream().max(PREFERRED);
        return match.isPresent() ? add(match.get(), member)
                : store.insert(Incident.open(UUID.randomUUID(), key, member));
    }

    /** Adds the report and counts it as grouped; false if the incident changed since it was read. */
    boolean add(Incident incident, Member member) {
        if (!store.add(incident, member)) {
            return false;
        }
        metrics.grouped(incident.key().departmentId());
        return true;
    }
}
