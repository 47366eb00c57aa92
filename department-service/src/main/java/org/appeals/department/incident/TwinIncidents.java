package org.appeals.department.incident;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.appeals.department.retry.LostRace;
import org.appeals.department.retry.RaceRetry;

/**
 * Mends what reading before writing cannot prevent: reports of one problem placed at the same moment (by two
 * instances, or two listener threads) each find no incident and each open a lone one. Whoever finds a twin of its
 * lone incident after storing it merges the two, in the direction every report agrees on: into a group if one has
 * formed meanwhile, else the lone incident with the greater id into the one with the smaller. The report stored last
 * always sees those stored before it, so no pair is left apart even when the other report has finished already; two
 * reports merging one pair at once meet on the conditional writes, and the one that lost reads again.
 */
final class TwinIncidents {

    private final IncidentStore store;
    private final IncidentJoins joins;
    private final RaceRetry retry;

    TwinIncidents(IncidentStore store, IncidentJoins joins, RaceRetry retry) {
        this.store = store;
        this.joins = joins;
        this.retry = retry;
    }

    /** A lone incident nobody acted on: the only kind merged into another, or taken over. */
    static boolean bare(Incident incident) {
        return !incident.isGroup() && incident.splitOut().isEmpty();
    }

    /** One merging step for {@code own}, the bare incident of {@code member}; false when it has no twin. */
    boolean merge(Incident own, Member member) {
        List<Incident> twins = joins.matching(own.key(), member).stream()
                .filter(incident -> !incident.id().equals(own.id())).toList();
        if (twins.isEmpty()) {
            return false;
        }
        Optional<Incident> formed = twins.stream().filter(incident -> !bare(incident)).max(IncidentJoins.PREFERRED);
        Incident smallest = twins.stream().min(Comparator.comparing(Incident::id)).orElseThrow();
        if (formed.isPresent()) {
            moveInto(own, member, formed.get());
        } else if (smallest.id().compareTo(own.id()) < 0) {
            moveInto(own, member, smallest);
        } else {
            takeOver(smallest);
        }
        return true;
    }

    /**
     * One absorbing step for {@code group}, the group {@code member} is in: a bare twin's report is moved in; false
     * when there is none. A lone report placed while the group was forming may have looked for twins while the
     * group's reports were between two incidents, and then stayed alone; the group, looking after every change, finds
     * it. Reports an operator split out of the group stay out.
     */
    boolean absorb(Incident group, Member member) {
        Optional<Incident> bareTwin = joins.matching(group.key(), member).stream()
                .filter(incident -> !incident.id().equals(group.id())).filter(TwinIncidents::bare)
                .filter(incident -> !group.splitOut().contains(incident.members().get(0).appealId()))
                .findFirst();
        bareTwin.ifPresent(this::takeOver);
        return bareTwin.isPresent();
    }

    /** The appeal is in no incident in between; if joining fails, the caller's next round places it afresh. */
    private void moveInto(Incident own, Member member, Incident target) {
        if (store.remove(own, member.appealId(), null)) {
            joins.add(target, member);
        }
    }

    /** Moves a twin's only report over to us; its own placement may have ended before our incident existed. */
    private void takeOver(Incident twin) {
        Member theirs = twin.members().get(0);
        if (!store.remove(twin, theirs.appealId(), null)) {
            return; // its report is moving itself, or moved already
        }
        retry.untilDone("incidents around appeal " + theirs.appealId(),
                () -> store.containing(theirs.appealId()).isPresent() || joins.join(twin.key(), theirs));
    }
}
