package org.appeals.department.incident;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Where incidents live. Every change takes the incident as it was read ({@code current}) and returns false when
 * somebody changed it in between, so the caller reads again and decides anew; an appeal is in one incident at most.
 */
interface IncidentStore {

    Optional<Incident> find(UUID incidentId);

    /** The incident the appeal is a member of, if any. */
    Optional<Incident> containing(UUID appealId);

    /** Incidents with this key whose latest report is not before {@code since}, the latest first. */
    List<Incident> candidates(IncidentKey key, Instant since, int limit);

    /** Stores a new incident; false if one of its members is in another incident already. */
    boolean insert(Incident incident);

    /**
     * Adds a member; false if the incident changed since read, or the appeal got into this or another incident
     * meanwhile.
     */
    boolean add(Incident current, Member member);

    /**
     * Takes the appeal out; if it was the last member, the incident goes. A {@code split} (null when grouping
     * itself moves the appeal) keeps it out for good and records who split it out.
     */
    boolean remove(Incident current, UUID appealId, Split split);

    /**
     * The department's incidents of two or more appeals, the latest report first; only those of
     * {@code municipalities} unless that is null.
     */
    List<Incident> groupsOf(String departmentId, Set<String> municipalities, int limit);

    /**
     * All departments' incidents of two or more appeals, the latest report first; only those of
     * {@code municipalities} unless that is null.
     */
    List<Incident> recentGroups(Set<String> municipalities, int limit);
}
