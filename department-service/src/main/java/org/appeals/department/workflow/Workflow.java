package org.appeals.department.workflow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.appeals.contracts.Actor;
import org.appeals.contracts.AppealStateChanged;
import org.appeals.contracts.Deadlines;
import org.appeals.contracts.Topics;
import org.appeals.contracts.WorkflowState;
import org.appeals.contracts.WorkflowStep;
import org.appeals.department.appeal.AppealChange;
import org.appeals.department.appeal.Assignment;
import org.appeals.department.appeal.DepartmentAppeal;
import org.appeals.department.appeal.IllegalTransitionException;
import org.appeals.department.appeal.Promise;
import org.appeals.department.appeal.StateMachine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Carries out one workflow step on one appeal: checks it against the table of moves, stores the new state with
 * everything the caller adds to the change and the {@code appeals.workflow} event in one conditional write, then
 * publishes. A false (empty) result means another writer changed the appeal since it was read: read again, decide
 * again.
 */
@Component
public class Workflow {

    /** Steps that count as the department's reaction to the appeal. */
    private static final Set<WorkflowStep> REACTIONS = EnumSet.of(WorkflowStep.ACCEPT, WorkflowStep.ANSWER_INTERIM,
            WorkflowStep.ASK_CLARIFICATION, WorkflowStep.SUBMIT_FOR_REVIEW, WorkflowStep.ANSWER_FINAL,
            WorkflowStep.REDIRECT);

    private final WorkflowStore store;
    private final WorkflowMetrics metrics;
    private final Clock clock;
    private final ObjectProvider<IncidentLookup> incidents;

    Workflow(WorkflowStore store, WorkflowMetrics metrics, Clock clock, ObjectProvider<IncidentLookup> incidents) {
        this.store = store;
        this.metrics = metrics;
        this.clock = clock;
        this.incidents = incidents;
    }

    public Instant now() {
        return clock.instant();
    }

    /**
     * Moves {@code current} by {@code step}, done by {@code actor}; {@code deadlines} replace the current ones unless
     * null; {@code more} adds what else the step changes. Throws {@link IllegalTransitionException} when the step is
     * not allowed.
     */
    public Optional<Move> step(DepartmentAppeal current, WorkflowStep step, Deadlines deadlines, Actor actor,
                               Consumer<AppealChange> more) {
        return step(current, step, deadlines, null, actor, more);
    }

    /**
     * The same, with a promise the step makes ({@code promise}, an interim answer's; null: none), which replaces the
     * one running. A step that ends promises ({@link StateMachine#endsPromise}) ends the one running; any other keeps
     * it.
     */
    public Optional<Move> step(DepartmentAppeal current, WorkflowStep step, Deadlines deadlines, Promise promise,
                               Actor actor, Consumer<AppealChange> more) {
        WorkflowState from = current.state();
        if (from == null) {
            throw new IllegalTransitionException(null, step);
        }
        WorkflowState to = StateMachine.next(from, step);
        Instant at = now();
        boolean newRound = step == WorkflowStep.ASSIGN || step == WorkflowStep.REOPEN;
        Deadlines after = deadlines != null ? deadlines : current.deadlines();
        Promise promised = promise != null ? promise : StateMachine.endsPromise(step) ? null : current.promise();
        AppealChange change = new AppealChange().state(to);
        if (deadlines != null || !Objects.equals(promised, current.promise())) {
            change.deadlines(after, promised);
        }
        if (newRound) {
            change.newRound(at);
        }
        change.nextDue(NextDeadline.of(to, after, promised, newRound ? List.of() : current.overdue()));
        DepartmentAppeal.Progress progress = current.progress();
        boolean firstReaction = !newRound && REACTIONS.contains(step) && progress.reactedAt() == null;
        if (firstReaction) {
            change.reactedAt(at);
        }
        if (to == WorkflowState.ANSWERED) {
            change.answeredAt(at);
        }
        if (to == WorkflowState.NOTIFIED) {
            change.notifiedAt(at);
        }
        more.accept(change);
        String departmentId = current.departmentId();
        change.publish(Topics.APPEALS_WORKFLOW,
                event(current.appealId(), departmentId, from, to, step, after, at, actor));
        if (!store.apply(current, change)) {
            return Optional.empty();
        }
        metrics.moved(step, to, departmentId);
        if (firstReaction && progress.roundStartedAt() != null) {
            metrics.firstReaction(departmentId, Duration.between(progress.roundStartedAt(), at));
        }
        if (to == WorkflowState.ANSWERED && progress.roundStartedAt() != null) {
            metrics.finalAnswer(departmentId, Duration.between(progress.roundStartedAt(), at));
        }
        store.publish(current.appealId(), change.events());
        return Optional.of(new Move(current.appealId(), from, to, step));
    }

    /**
     * Stores a change that moves no state (a message kept, a deadline flagged overdue), then publishes its events.
     * False when another writer changed the appeal since {@code current} was read.
     */
    public boolean record(DepartmentAppeal current, AppealChange change) {
        if (!store.apply(current, change)) {
            return false;
        }
        store.publish(current.appealId(), change.events());
        return true;
    }

    /**
     * Places the appeal with the assignment's department: creates it when only the assignment is known, puts it in
     * the inbox when only its content was known, moves it (ASSIGN) otherwise. False when another writer came first.
     * {@code actor} is whoever placed it (routing's decision says; null when an older decision did not).
     */
    public boolean assign(DepartmentAppeal current, UUID appealId, UUID eventId, Assignment assignment,
                          Deadlines deadlines, Actor actor) {
        if (current != null && current.state() != null) {
            return step(current, WorkflowStep.ASSIGN, deadlines, actor, change -> change.assignment(assignment)
                    .applied(eventId)).isPresent();
        }
        Instant at = now();
        AppealChange change = new AppealChange().state(WorkflowState.ASSIGNED).applied(eventId).deadlines(deadlines)
                .newRound(at).nextDue(NextDeadline.of(WorkflowState.ASSIGNED, deadlines, null, List.of()));
        change.publish(Topics.APPEALS_WORKFLOW, event(appealId, assignment.departmentId(), null,
                WorkflowState.ASSIGNED, WorkflowStep.ASSIGN, deadlines, at, actor));
        boolean stored = current == null ? store.insertAssigned(appealId, assignment, change)
                : store.apply(current, change.assignment(assignment));
        if (!stored) {
            return false;
        }
        metrics.moved(WorkflowStep.ASSIGN, WorkflowState.ASSIGNED, assignment.departmentId());
        store.publish(appealId, change.events());
        return true;
    }

    private AppealStateChanged event(UUID appealId, String departmentId, WorkflowState from, WorkflowState to,
                                     WorkflowStep step, Deadlines deadlines, Instant at, Actor actor) {
        IncidentLookup lookup = incidents.getIfAvailable();
        UUID incidentId = lookup == null ? null : lookup.incidentOf(appealId).orElse(null);
        return new AppealStateChanged(AppealStateChanged.SCHEMA_VERSION, UUID.randomUUID(), appealId, at,
                departmentId, from, to, step, deadlines, incidentId,
                actor);
    }
}
