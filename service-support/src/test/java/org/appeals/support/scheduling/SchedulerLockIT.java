package org.appeals.support.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.appeals.support.testing.MongoWireServer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Two instances of a service run the same {@code @Scheduled @SchedulerLock} job every 50 ms on one store: the job
 * never runs in both at once, and still runs throughout.
 */
class SchedulerLockIT {

    static final AtomicInteger running = new AtomicInteger();
    static final AtomicInteger mostAtOnce = new AtomicInteger();
    static final Map<String, AtomicInteger> runsByInstance = new ConcurrentHashMap<>();

    @Test
    void aLockedJobRunsInOneInstanceAtATime() throws Exception {
        long started;
        long ended;
        try (MongoWireServer mongo = MongoWireServer.start()) {
            started = System.nanoTime();
            try (ConfigurableApplicationContext first = instance("first", mongo);
                 ConfigurableApplicationContext second = instance("second", mongo)) {
                Thread.sleep(3_000);
            }
            ended = System.nanoTime();
        }
        int runs = runsByInstance.values().stream().mapToInt(AtomicInteger::get).sum();
        assertThat(mostAtOnce.get()).as("never in two instances at once").isEqualTo(1);
        // each run holds the lock for at least 100 ms, so the two instances together run at most once per 100 ms of
        // the time the first was up (which includes the second's start: longer on a loaded machine), not twice
        long upMillis = java.time.Duration.ofNanos(ended - started).toMillis();
        assertThat(runs).isBetween(10, (int) (upMillis / 100) + 2);
    }

    private static ConfigurableApplicationContext instance(String name, MongoWireServer mongo) {
        return new SpringApplicationBuilder(LockedJobApplication.class).web(WebApplicationType.NONE)
                .run("--spring.mongodb.uri=" + mongo.uri(), "--spring.mongodb.database=lock-test",
                        "--instance.name=" + name, "--spring.kafka.bootstrap-servers=127.0.0.1:9",
                        "--spring.kafka.admin.auto-create=false");
    }

    @SpringBootApplication
    static class LockedJobApplication {

        @Component
        static class LockedJob {

            private final String instance;

            LockedJob(org.springframework.core.env.Environment environment) {
                this.instance = environment.getProperty("instance.name");
            }

            @Scheduled(fixedDelay = 50)
            @SchedulerLock(name = "test.locked-job", lockAtMostFor = "PT10S", lockAtLeastFor = "PT0.1S")
            public void run() throws InterruptedException {
                int now = running.incrementAndGet();
                mostAtOnce.accumulateAndGet(now, Math::max);
                runsByInstance.computeIfAbsent(instance, k -> new AtomicInteger()).incrementAndGet();
                Thread.sleep(30);
                running.decrementAndGet();
            }
        }
    }
}
