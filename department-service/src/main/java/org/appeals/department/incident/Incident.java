package org.appeals.department.incident;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Reports of one problem. A lone report is an incident of one member: it is what later reports join, but nobody is
 * shown it as an incident until a second report joins ({@link #isGroup()}).
 *
 * @param splitOut appeals an operator split out of this incident; they are never grouped into it again
 * @param version changes with every write, so concurrent writers notice each other
 */
record Incident(UUID id, IncidentKey key, Instant openedAt, Instant lastReportAt, List<Member> members,
                Set<UUID> splitOut, long version) {

    Incident {
        members = List.copyOf(members);
        splitOut = Set.copyOf(splitOut);
    }

    static Incident open(UUID id, IncidentKey key, Member first) {
        return new Incident(id, key, first.receivedAt(), first.receivedAt(), List.of(first), Set.of(), 1L);
    }

    boolean isGroup() {
        return members.size() >= 2;
    }

    boolean has(UUID appealId) {
        return members.stream().anyMatch(member -> member.appealId().equals(appealId));
    }

    /** The members' appeal ids, the earliest received first. */
    List<UUID> appealIds() {
        return members.stream().sorted(Comparator.comparing(Member::receivedAt)).map(Member::appealId).toList();
    }

    /** The members but {@code appealId}, the earliest received first. */
    List<Member> without(UUID appealId) {
        return members.stream().filter(member -> !member.appealId().equals(appealId))
                .sorted(Comparator.comparing(Member::receivedAt)).toList();
    }

    IncidentView view() {
        var shown = members.stream().sorted(Comparator.comparing(Member::receivedAt))
                .map(member -> new IncidentView.MemberView(member.appealId(), member.receivedAt())).toList();
        return new IncidentView(id, key.departmentId(), key.category(), key.municipality(), openedAt, lastReportAt,
                shown);
    }
}
