package org.appeals.intake.progress;

import org.appeals.contracts.AppealEvent;
import org.appeals.intake.appeal.Timeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Adds an event to its appeal's timeline once. The listener returns (and the offset is committed) only after the
 * event is stored, so a crash in between means a redelivery, which the timeline ignores.
 */
@Component
class ProgressRecorder {

    private static final Logger log = LoggerFactory.getLogger(ProgressRecorder.class);

    private final Timeline timeline;

    ProgressRecorder(Timeline timeline) {
        this.timeline = timeline;
    }

    void record(AppealEvent event) {
        if (timeline.append(event)) {
            log.debug("{} {} added to appeal {}", event.getClass().getSimpleName(), event.eventId(), event.appealId());
        } else {
            log.debug("{} {} of appeal {} already applied; replay ignored",
                    event.getClass().getSimpleName(), event.eventId(), event.appealId());
        }
    }
}
