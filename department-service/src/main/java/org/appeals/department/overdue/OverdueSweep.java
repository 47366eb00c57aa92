package org.appeals.department.overdue;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.appeals.contracts.Actor;
import org.appeals.contracts.AppealOverdue;
import org.appeals.contracts.DeadlineKind;
import org.appeals.contracts.Topics;
import org.appeals.contracts.WorkflowStep;
import org.appeals.department.appeal.AppealChange;
import org.appeals.department.appeal.DepartmentAppeal;
import org.appeals.department.appeal.OverdueFlag;
import org.appeals.department.workflow.NextDeadline;
import org.appeals.department.workflow.Workflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Watches the deadlines. Each deadline that passes unmet is flagged in its appeal, announced once on
 * {@code appeals.overdue} and counted; the flag and the event are one conditional write, so two sweeps (or two
 * instances) cannot announce it twice. Appeals whose answer reached the resident and who said nothing for the
 * feedback window are closed here too. The scheduled sweep runs on one instance at a time (ShedLock's lock
 * {@code department.overdue-sweep}): the others would only lose the same races.
 */
@Component
public class OverdueSweep {

    private static final Logger log = LoggerFactory.getLogger(OverdueSweep.class);

    private final OverdueStore store;
    private final Workflow workflow;
    private final OverdueProperties properties;
    private final MeterRegistry registry;

    OverdueSweep(OverdueStore store, Workflow workflow, OverdueProperties properties, MeterRegistry registry) {
        this.store = store;
        this.workflow = workflow;
        this.properties = properties;
        this.registry = registry;
    }

    /** The sweep on the schedule, by one instance at a time; public, and called through the bean, for the lock. */
    @Scheduled(fixedDelayString = "${appeals.department.overdue.sweep-interval:30s}",
            initialDelayString = "${appeals.department.overdue.sweep-interval:30s}")
    // a sweep handles two bounded batches; should one outlast the lock (a broker away slows each publish), a second
    // instance sweeping too is safe, as every flag is a conditional write
    @SchedulerLock(name = "department.overdue-sweep",
            lockAtMostFor = "${appeals.department.overdue.sweep-lock-at-most-for:PT60S}")
    public void scheduled() {
        try {
            sweep();
        } catch (RuntimeException e) {
            // the store is most likely away; the next sweep finds the same appeals
            log.warn("overdue sweep failed: {}", e.getMessage());
        }
    }

    /** One sweep at the workflow's clock; returns how many deadlines it flagged. */
    public int sweep() {
        Instant now = workflow.now();
        int flagged = 0;
        for (DepartmentAppeal appeal : store.pastDue(now, properties.batchSize())) {
            flagged += flag(appeal, now);
        }
        for (DepartmentAppeal appeal : store.notifiedBefore(now.minus(properties.feedbackWindow()),
                properties.batchSize())) {
            // losing a race here means the resident just answered, which decides instead
            workflow.step(appeal, WorkflowStep.CLOSE, null, Actor.SYSTEM, change -> { });
        }
        return flagged;
    }

    private int flag(DepartmentAppeal appeal, Instant now) {
        List<DeadlineKind> passed = NextDeadline.passed(appeal.state(), appeal.deadlines(), appeal.promise(),
                appeal.overdue(), now);
        if (passed.isEmpty()) {
            return 0;
        }
        AppealChange change = new AppealChange();
        List<OverdueFlag> flags = new ArrayList<>(appeal.overdue());
        for (DeadlineKind kind : passed) {
            Instant due = NextDeadline.dueAt(appeal.deadlines(), appeal.promise(), kind);
            OverdueFlag flag = new OverdueFlag(kind, due, now);
            flags.add(flag);
            change.overdue(flag).publish(Topics.APPEALS_OVERDUE, new AppealOverdue(AppealOverdue.SCHEMA_VERSION,
                    UUID.randomUUID(), appeal.appealId(), now, appeal.departmentId(), kind, due));
        }
        change.nextDue(NextDeadline.of(appeal.state(), appeal.deadlines(), appeal.promise(), flags));
        if (!workflow.record(appeal, change)) {
            return 0; // the appeal moved meanwhile; the next sweep looks at it afresh
        }
        for (DeadlineKind kind : passed) {
            Counter.builder("appeals.overdue").description("Deadlines departments missed")
                    .tag("department", appeal.departmentId()).tag("deadline", kind.name().toLowerCase(Locale.ROOT))
                    .register(registry).increment();
            log.info("appeal {} of {} is overdue: {}", appeal.appealId(), appeal.departmentId(), kind);
        }
        return passed.size();
    }
}
