package org.appeals.intake.appeal;

import java.util.List;
import java.util.UUID;
import org.appeals.contracts.AppealEvent;

/** The events other services published about appeals, each kept once. */
public interface Timeline {

    /** Keeps the event unless one with its eventId is already kept; true if it was new. */
    boolean append(AppealEvent event);

    /** The kept events of an appeal, in no particular order. */
    List<AppealEvent> of(UUID appealId);
}
