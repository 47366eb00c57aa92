package org.appeals.department.overdue;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The deadline watch ({@code appeals.department.overdue.*}).
 *
 * @param sweepInterval how often passed deadlines are looked for
 * @param feedbackWindow how long after the final answer reached the resident an appeal waits for feedback before
 *                       it is closed
 * @param batchSize appeals handled in one sweep
 */
@ConfigurationProperties("appeals.department.overdue")
record OverdueProperties(Duration sweepInterval, Duration feedbackWindow, Integer batchSize) {

    OverdueProperties {
        sweepInterval = sweepInterval == null ? Duration.ofSeconds(30) : sweepInterval;
        feedbackWindow = feedbackWindow == null ? Duration.ofDays(10) : feedbackWindow;
        batchSize = batchSize == null ? 500 : batchSize;
    }
}
