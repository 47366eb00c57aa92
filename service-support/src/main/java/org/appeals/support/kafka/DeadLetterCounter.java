package org.appeals.support.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;

/**
 * Counts each record once the recoverer has put it in its dead-letter topic ({@code appeals.dead.letters}, tagged with
 * that topic), so an alert fires on records reaching any {@code .dlt} without anyone reading the DLTs. A record whose
 * dead-lettering itself failed is not counted: the recoverer throws and the record is tried again.
 */
final class DeadLetterCounter implements ConsumerRecordRecoverer {

    private final ConsumerRecordRecoverer recoverer;
    private final MeterRegistry registry;

    DeadLetterCounter(ConsumerRecordRecoverer recoverer, MeterRegistry registry) {
        this.recoverer = recoverer;
        this.registry = registry;
    }

    @Override
    public void accept(ConsumerRecord<?, ?> record, Exception exception) {
        recoverer.accept(record, exception);
        Counter.builder("appeals.dead.letters").description("Records sent to a dead-letter topic")
                .tag("topic", DeadLetters.topicFor(record)).register(registry).increment();
    }
}
