package org.appeals.routing.learning;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.appeals.routing.classify.ExampleModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Keeps this instance's model in step with the stored examples, whichever instance recorded them, so every routing
 * instance decides the same. Each run learns what was stored since the watermark, less an overlap; learning is by
 * key, so an example read twice counts once and a relabelling replaces its earlier lesson. Not under
 * {@code @SchedulerLock}: every instance has its own model to keep.
 */
class ExampleFollower {

    private static final Logger log = LoggerFactory.getLogger(ExampleFollower.class);

    private final LabelledExamples store;
    private final ExampleModel model;
    private final Duration overlap;
    // the latest storedAt seen: the store's clock, never this instance's, so a skewed local clock loses nothing
    private volatile Instant watermark = Instant.EPOCH;

    ExampleFollower(LabelledExamples store, ExampleModel model, Duration overlap) {
        this.store = store;
        this.model = model;
        this.overlap = overlap;
    }

    /**
     * Learns the examples stored since the last run. The overlap takes in a write that got its time before the last
     * read but was seen only after it; it costs relearning the examples of the last {@code overlap} on every run.
     */
    synchronized int catchUp() {
        List<StoredExample> stored = store.storedSince(watermark.minus(overlap));
        for (StoredExample each : stored) {
            LabelledExample example = each.example();
            model.learn(example.key(), example.text(), example.category());
            watermark = each.storedAt().isAfter(watermark) ? each.storedAt() : watermark;
        }
        return stored.size();
    }

    @Scheduled(fixedDelayString = "${appeals.routing.learning.follow-interval:3s}")
    void follow() {
        try {
            catchUp();
        } catch (RuntimeException e) {
            log.warn("stored examples not followed, next run retries from {}: {}", watermark, e.getMessage());
        }
    }
}
