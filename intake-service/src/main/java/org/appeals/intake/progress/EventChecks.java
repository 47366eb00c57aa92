package org.appeals.intake.progress;

import static org.appeals.support.kafka.InvalidEventException.require;

import org.appeals.contracts.AppealAnswered;
import org.appeals.contracts.AppealAssigned;
import org.appeals.contracts.AppealEvent;
import org.appeals.contracts.AppealNotified;
import org.appeals.contracts.AppealOverdue;
import org.appeals.contracts.AppealStateChanged;

/**
 * What an event needs before it may join a timeline: its ids and time, and what the status is derived from.
 * A record without them can never be applied, so it goes straight to the dead-letter topic.
 */
final class EventChecks {

    private EventChecks() {
    }

    static void assigned(AppealAssigned event) {
        common(event);
        require(event.outcome(), "outcome");
    }

    static void answered(AppealAnswered event) {
        common(event);
        require(event.kind(), "kind");
    }

    static void notified(AppealNotified event) {
        common(event);
        require(event.outcome(), "outcome");
        require(event.answerKind(), "answerKind");
    }

    static void stateChanged(AppealStateChanged event) {
        common(event);
        require(event.to(), "to");
    }

    static void overdue(AppealOverdue event) {
        common(event);
        require(event.deadline(), "deadline");
        require(event.dueAt(), "dueAt");
    }

    private static void common(AppealEvent event) {
        require(event, "body");
        require(event.eventId(), "eventId");
        require(event.appealId(), "appealId");
        require(event.occurredAt(), "occurredAt");
    }
}
