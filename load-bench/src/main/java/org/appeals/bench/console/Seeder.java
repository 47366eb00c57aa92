package org.appeals.bench.console;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.appeals.contracts.Topics;

/**
 * Submits appeals on {@code appeals.submitted} as a channel adapter does (acks=all, idempotent), no further ahead of
 * the services than the backlog allows, so the topics never hold a mountain of work the measurement would still be
 * waiting behind; then waits until every service has handled everything. Prints its progress every 10 s.
 */
final class Seeder {

    private static final int CHUNK = 200;
    private static final Duration REPORT_EVERY = Duration.ofSeconds(10);
    private static final Duration STALLED = Duration.ofSeconds(180);

    private final PipelineOffsets offsets;
    private final SeedProgress progress;
    private final PrintStream out;

    Seeder(PipelineOffsets offsets, PrintStream out) {
        this.offsets = offsets;
        this.progress = new SeedProgress(offsets);
        this.out = out;
    }

    SeedProgress.Figures seed(String bootstrap, SeedAppeals appeals, long count, int backlog, Duration settle) {
        out.printf("Seeding %,d appeals on %s (at most %,d records waiting in the services) ...%n", count,
                Topics.APPEALS_SUBMITTED, backlog);
        long nextReport = System.nanoTime() + REPORT_EVERY.toNanos();
        try (KafkaProducer<String, byte[]> producer = producer(bootstrap)) {
            for (long n = 0; n < count; n++) {
                producer.send(new ProducerRecord<>(Topics.APPEALS_SUBMITTED, appeals.key(n), appeals.value(n)));
                if ((n + 1) % CHUNK == 0) {
                    producer.flush();
                    progress.submitted(n + 1);
                    nextReport = awaitRoom(backlog, nextReport);
                }
            }
            producer.flush();
            progress.submitted(count);
        }
        out.println("Submitted all; waiting until every service has handled them ...");
        return awaitSettled(count, settle);
    }

    /** Until fewer than {@code backlog} records wait in the services; fails when they stop moving. */
    private long awaitRoom(int backlog, long nextReport) {
        long lastLag = offsets.lag();
        long lastMoved = System.nanoTime();
        while (lastLag >= backlog) {
            if (System.nanoTime() - lastMoved > STALLED.toNanos()) {
                throw new IllegalStateException("The services handled nothing for " + STALLED.toSeconds()
                        + " s with " + lastLag + " records waiting: " + progress.figures());
            }
            nextReport = reportIfDue(nextReport);
            pause();
            long lag = offsets.lag();
            if (lag != lastLag) {
                lastLag = lag;
                lastMoved = System.nanoTime();
            }
        }
        return reportIfDue(nextReport);
    }

    private SeedProgress.Figures awaitSettled(long count, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        long nextReport = System.nanoTime() + REPORT_EVERY.toNanos();
        SeedProgress.Figures last = progress.figures();
        long lastMoved = System.nanoTime();
        while (System.nanoTime() < deadline && System.nanoTime() - lastMoved < STALLED.toNanos()) {
            SeedProgress.Figures now = progress.figures();
            if (now.handled() >= count && now.lag() == 0) {
                out.println("Seeded: " + now);
                return now;
            }
            if (!now.sameAs(last)) {
                last = now;
                lastMoved = System.nanoTime();
            }
            nextReport = reportIfDue(nextReport);
            pause();
        }
        SeedProgress.Figures end = progress.figures();
        out.println("NOT SETTLED (measuring anyway): " + end);
        return end;
    }

    private long reportIfDue(long nextReport) {
        if (System.nanoTime() < nextReport) {
            return nextReport;
        }
        out.println("  " + progress.figures());
        return System.nanoTime() + REPORT_EVERY.toNanos();
    }

    private static void pause() {
        LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
    }

    private static KafkaProducer<String, byte[]> producer(String bootstrap) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }
}
