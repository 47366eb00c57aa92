package org.appeals.intake.appeal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.appeals.contracts.AppealEvent;
import org.appeals.contracts.AppealReceived;
import org.springframework.stereotype.Component;

/** Puts an appeal's registration, its later events and the resident's responses together. */
@Component
public class AppealHistories {

    private final Appeals appeals;
    private final Timeline timeline;
    private final Responses responses;

    AppealHistories(Appeals appeals, Timeline timeline, Responses responses) {
        this.appeals = appeals;
        this.timeline = timeline;
        this.responses = responses;
    }

    /** Empty only when intake has nothing at all about the appeal. */
    public Optional<AppealHistory> find(UUID appealId) {
        Optional<AppealReceived> received = appeals.find(appealId);
        List<AppealEvent> events = new ArrayList<>(timeline.of(appealId));
        events.addAll(responses.of(appealId));
        if (received.isEmpty() && events.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AppealHistory(appealId, received.orElse(null), events));
    }
}
