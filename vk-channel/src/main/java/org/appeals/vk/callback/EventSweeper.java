package org.appeals.vk.callback;

import java.time.Clock;
import java.util.Optional;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Takes up events whose processing did not finish (gateway away, instance died), one claim at a time. */
@Component
class EventSweeper {

    static final int BATCH = 50;

    private final CallbackEvents events;
    private final EventProcessor processor;
    private final Clock clock;

    EventSweeper(CallbackEvents events, EventProcessor processor, Clock clock) {
        this.events = events;
        this.processor = processor;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${appeals.vk.sweep-interval:15s}", initialDelayString = "${appeals.vk.sweep-interval:15s}")
    void sweep() {
        for (int i = 0; i < BATCH; i++) {
            Optional<StoredEvent> due = events.claimDue(clock.instant(), processor.leaseFromNow());
            if (due.isEmpty()) {
                return;
            }
            processor.process(due.get());
        }
    }
}
