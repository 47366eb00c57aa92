package org.appeals.support.kafka;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.appeals.contracts.AppealReceived;
import org.appeals.contracts.Topics;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** A minimal service built on service-support, for testing what every service gets from it. */
@SpringBootApplication
class SupportTestApplication {

    @Component
    static class ReceivedRecorder {

        final List<AppealReceived> seen = new CopyOnWriteArrayList<>();

        @KafkaListener(topics = Topics.APPEALS_RECEIVED, groupId = "support-test",
                properties = "spring.json.value.default.type=org.appeals.contracts.AppealReceived")
        void on(AppealReceived event) {
            InvalidEventException.require(event.text(), "text");
            seen.add(event);
        }
    }
}
