package org.appeals.intake.appeal;

import org.appeals.contracts.AppealAnswered;
import org.appeals.contracts.AppealAssigned;
import org.appeals.contracts.AppealEvent;
import org.appeals.contracts.AppealNotified;
import org.appeals.contracts.AppealOverdue;
import org.appeals.contracts.AppealStateChanged;

/** The kinds of event the timeline keeps, and the record each is read back into. */
enum EventKind {
    ASSIGNED(AppealAssigned.class),
    ANSWERED(AppealAnswered.class),
    NOTIFIED(AppealNotified.class),
    STATE_CHANGED(AppealStateChanged.class),
    OVERDUE(AppealOverdue.class);

    private final Class<? extends AppealEvent> type;

    EventKind(Class<? extends AppealEvent> type) {
        this.type = type;
    }

    Class<? extends AppealEvent> type() {
        return type;
    }

    static EventKind of(AppealEvent event) {
        for (EventKind kind : values()) {
            if (kind.type.isInstance(event)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("the timeline does not keep " + event.getClass().getSimpleName());
    }
}
