package org.appeals.bench;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The accounting of a fault-injection run, per external id (one appeal as its adapter knows it): the appeal ids the
 * gateway's 202s and intake's {@code AppealReceived} events gave it, every placement of those appeals (by event id, so
 * a re-read event is not a second placement), and whether intake still knew the appeal at the end.
 */
final class ChaosLedger implements PlatformEvents {

    private static final String INBOX = "inbox:";
    private static final String TRIAGE = "triage:";

    private final String externalIdPrefix;
    private final Set<String> sent = ConcurrentHashMap.newKeySet();
    private final Map<String, String> acceptedAs = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> appealIds = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> placements = new ConcurrentHashMap<>();
    private final Set<String> unknownToIntake = ConcurrentHashMap.newKeySet();

    ChaosLedger(String externalIdPrefix) {
        this.externalIdPrefix = externalIdPrefix;
    }

    void sent(String externalId) {
        sent.add(externalId);
    }

    /** A 202: the first one's appeal id is the one the adapter keeps; every one counts towards duplicates. */
    void accepted(String externalId, String appealId) {
        acceptedAs.putIfAbsent(externalId, appealId);
        idsOf(externalId).add(appealId);
    }

    /** Intake answered 404 for an appeal it had accepted. */
    void unknownToIntake(String appealId) {
        unknownToIntake.add(appealId);
    }

    @Override
    public void received(String appealId, String externalId, int bytes) {
        if (externalId.startsWith(externalIdPrefix)) {
            idsOf(externalId).add(appealId);
        }
    }

    @Override
    public void triaged(String appealId, String eventId) {
        placementsOf(appealId).add(TRIAGE + eventId);
    }

    @Override
    public void inInbox(String appealId, String departmentId, String eventId, long at) {
        placementsOf(appealId).add(INBOX + eventId);
    }

    @Override
    public void replied(String appealId, long at) {
        // the chaos run answers nothing
    }

    /** External id → appeal id of every accepted appeal, for the final look-up at intake. */
    Map<String, String> acceptedAppeals() {
        return Map.copyOf(acceptedAs);
    }

    /** Accepted appeals not placed yet: what the drain waits for. */
    long unplaced() {
        return acceptedAs.keySet().stream().filter(externalId -> placementsOfExternal(externalId) == 0).count();
    }

    ChaosTally tally() {
        long inInbox = 0;
        long inTriageOnly = 0;
        long lost = 0;
        long unknown = 0;
        long placedTwice = 0;
        for (String externalId : acceptedAs.keySet()) {
            Set<String> seen = placementKindsOf(externalId);
            boolean placed = !seen.isEmpty();
            boolean knownToIntake = !unknownToIntake.contains(acceptedAs.get(externalId));
            inInbox += seen.contains(INBOX) ? 1 : 0;
            inTriageOnly += placed && !seen.contains(INBOX) ? 1 : 0;
            lost += placed && knownToIntake ? 0 : 1;
            unknown += knownToIntake ? 0 : 1;
            placedTwice += idsOf(externalId).stream()
                    .anyMatch(appealId -> placements.getOrDefault(appealId, Set.of()).size() > 1) ? 1 : 0;
        }
        long twoAppealIds = appealIds.entrySet().stream()
                .filter(entry -> sent.contains(entry.getKey()) && entry.getValue().size() > 1).count();
        return new ChaosTally(sent.size(), acceptedAs.size(), inInbox, inTriageOnly, lost, unknown, twoAppealIds,
                placedTwice);
    }

    /** Up to {@code limit} appeal ids of lost appeals, to look for in the services' logs (ids only, no content). */
    List<String> lostExamples(int limit) {
        return acceptedAs.entrySet().stream()
                .filter(entry -> placementKindsOf(entry.getKey()).isEmpty() || unknownToIntake.contains(entry.getValue()))
                .map(Map.Entry::getValue).sorted().limit(limit).toList();
    }

    /** Up to {@code limit} duplicates: the appeal ids of one external id, or one appeal id placed more than once. */
    List<String> duplicatedExamples(int limit) {
        Stream<String> twoIds = appealIds.entrySet().stream()
                .filter(entry -> sent.contains(entry.getKey()) && entry.getValue().size() > 1)
                .map(entry -> String.join("+", new TreeSet<>(entry.getValue())));
        Stream<String> placedTwice = placements.entrySet().stream()
                .filter(entry -> entry.getValue().size() > 1 && acceptedAs.containsValue(entry.getKey()))
                .map(Map.Entry::getKey);
        return Stream.concat(twoIds, placedTwice).sorted().limit(limit).toList();
    }

    private Set<String> placementKindsOf(String externalId) {
        Set<String> kinds = new java.util.HashSet<>();
        for (String appealId : idsOf(externalId)) {
            placements.getOrDefault(appealId, Set.of())
                    .forEach(placement -> kinds.add(placement.startsWith(INBOX) ? INBOX : TRIAGE));
        }
        return kinds;
    }

    private long placementsOfExternal(String externalId) {
        return idsOf(externalId).stream().mapToLong(appealId -> placements.getOrDefault(appealId, Set.of()).size())
                .sum();
    }

    private Set<String> idsOf(String externalId) {
        return appealIds.computeIfAbsent(externalId, id -> ConcurrentHashMap.newKeySet());
    }

    private Set<String> placementsOf(String appealId) {
        return placements.computeIfAbsent(appealId, id -> ConcurrentHashMap.newKeySet());
    }
}
