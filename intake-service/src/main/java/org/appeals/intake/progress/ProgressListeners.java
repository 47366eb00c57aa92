package org.appeals.intake.progress;

import org.appeals.contracts.AppealAnswered;
import org.appeals.contracts.AppealAssigned;
import org.appeals.contracts.AppealNotified;
import org.appeals.contracts.AppealOverdue;
import org.appeals.contracts.AppealStateChanged;
import org.appeals.contracts.Topics;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Each topic bound to its own contracts type (no class names on the wire); group {@code intake-service}. */
@Component
class ProgressListeners {

    private final ProgressRecorder recorder;

    ProgressListeners(ProgressRecorder recorder) {
        this.recorder = recorder;
    }

    @KafkaListener(topics = Topics.APPEALS_ASSIGNED,
            properties = "spring.json.value.default.type=org.appeals.contracts.AppealAssigned")
    void assigned(AppealAssigned event) {
        EventChecks.assigned(event);
        recorder.record(event);
    }

    @KafkaListener(topics = Topics.APPEALS_ANSWERED,
            properties = "spring.json.value.default.type=org.appeals.contracts.AppealAnswered")
    void answered(AppealAnswered event) {
        EventChecks.answered(event);
        recorder.record(event);
    }

    @KafkaListener(topics = Topics.APPEALS_NOTIFIED,
            properties = "spring.json.value.default.type=org.appeals.contracts.AppealNotified")
    void notified(AppealNotified event) {
        EventChecks.notified(event);
        recorder.record(event);
    }

    @KafkaListener(topics = Topics.APPEALS_WORKFLOW,
            properties = "spring.json.value.default.type=org.appeals.contracts.AppealStateChanged")
    void stateChanged(AppealStateChanged event) {
        EventChecks.stateChanged(event);
        recorder.record(event);
    }

    @KafkaListener(topics = Topics.APPEALS_OVERDUE,
            properties = "spring.json.value.default.type=org.appeals.contracts.AppealOverdue")
    void overdue(AppealOverdue event) {
        EventChecks.overdue(event);
        recorder.record(event);
    }
}
