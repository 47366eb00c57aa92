package org.appeals.department.incident;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.appeals.department.retry.LostRace;
import org.appeals.department.retry.RaceRetry;
import org.springframework.stereotype.Component;

/**
 * Incidents: appeals about one problem (same department, category and municipality, close together or worded
 * almost alike, within a time window) grouped so the department deals with the problem once.
 * <p>
 * Every placed appeal is in exactly one incident; an appeal that matched nothing is alone in its own, which later
 * reports may join, and which merges with the lone incident of any report of its problem placed at the same moment
 * (on another instance, say). Such a lone incident is nobody's business yet: {@link #consider}, {@link #incidentOf},
 * {@link #openFor} and {@link #recent} show only incidents of two or more appeals. Ids handed out that way stay
 * readable through {@link #find} and {@link #membersOf} even if splits leave one appeal.
 */
@Component
public class Incidents {

    private final IncidentStore store;
    private final IncidentGrouping grouping;
    private final IncidentProperties properties;
    private final RaceRetry retry;

    Incidents(IncidentStore store, IncidentProperties properties, IncidentMetrics metrics, RaceRetry retry) {
        this.store = store;
        this.grouping = new IncidentGrouping(store, properties, metrics, retry);
        this.retry = retry;
        this.properties = properties;
    }

    /**
     * Groups the appeal with the reports of the same problem. Idempotent: an appeal already considered keeps its
     * incident, unless it has been placed with another department, category or municipality since, when it moves.
     * Appeals with no department or an unknown municipality are not grouped.
     *
     * @return the incident's id if the appeal shares it with at least one other appeal; empty while it stands alone
     */
    public Optional<UUID> consider(IncidentReport report) {
        Objects.requireNonNull(report.appealId(), "appealId");
        Objects.requireNonNull(report.category(), "category");
        Objects.requireNonNull(report.municipality(), "municipality");
        Objects.requireNonNull(report.receivedAt(), "receivedAt");
        return grouping.place(report);
    }

    /** The group the appeal is in, if it shares its incident with another appeal. */
    public Optional<IncidentView> incidentOf(UUID appealId) {
        return store.containing(appealId).filter(Incident::isGroup).map(Incident::view);
    }

    /** Any incident by id. */
    public Optional<IncidentView> find(UUID incidentId) {
        return store.find(incidentId).map(Incident::view);
    }

    /** The appeals of the incident, the earliest received first, for answering them all at once; empty if unknown. */
    public List<UUID> membersOf(UUID incidentId) {
        return store.find(incidentId).map(Incident::appealIds).orElse(List.of());
    }

    /**
     * Takes an appeal an operator judged to be another problem out of the incident. It is never grouped into this
     * incident again, and starts an incident of its own that later reports of its problem may join.
     *
     * @param split the appeal, the operator who split it out and when, kept with the incident
     * @return false if the incident is unknown, the appeal is not in it, or it is the incident's only appeal
     */
    public boolean split(UUID incidentId, Split split) {
        return retry.untilWon(() -> splitOnce(incidentId, split));
    }

    private boolean splitOnce(UUID incidentId, Split split) {
        UUID appealId = split.appealId();
        Incident current = store.find(incidentId).filter(i -> i.has(appealId) && i.isGroup()).orElse(null);
        if (current == null) {
            return false;
        }
        if (!store.remove(current, appealId, split)) {
            throw new LostRace("incident " + incidentId);
        }
        Member member = current.members().stream().filter(m -> m.appealId().equals(appealId)).findFirst()
                .orElseThrow();
        store.insert(Incident.open(UUID.randomUUID(), current.key(), member));
        return true;
    }

    /** The department's incidents of two or more appeals, the latest report first; null municipalities: all. */
    public List<IncidentView> openFor(String departmentId, Set<String> municipalities) {
        return store.groupsOf(departmentId, municipalities, properties.maxLimit()).stream().map(Incident::view)
                .toList();
    }

    /** All departments' incidents of two or more appeals, the latest report first; null municipalities: all. */
    public List<IncidentView> recent(Set<String> municipalities, int limit) {
        return store.recentGroups(municipalities, limit).stream().map(Incident::view).toList();
    }
}
