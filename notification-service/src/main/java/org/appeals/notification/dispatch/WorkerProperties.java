package org.appeals.notification.dispatch;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the delivery workers run, {@code appeals.notification.worker.*}.
 *
 * @param pollInterval pause between looks for due deliveries
 * @param threads deliveries sent at the same time, so one slow channel does not hold up the others
 * @param lease how long a claimed delivery stays with its worker; longer than any webhook call may take
 * @param addressRecheck how often a delivery waiting for its reply address looks again
 */
@ConfigurationProperties("appeals.notification.worker")
record WorkerProperties(Duration pollInterval, Integer threads, Duration lease, Duration addressRecheck) {

    WorkerProperties {
        pollInterval = pollInterval == null ? Duration.ofMillis(200) : pollInterval;
        threads = threads == null ? 4 : threads;
        lease = lease == null ? Duration.ofMinutes(2) : lease;
        addressRecheck = addressRecheck == null ? Duration.ofSeconds(30) : addressRecheck;
    }
}
