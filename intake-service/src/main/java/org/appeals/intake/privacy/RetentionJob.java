package org.appeals.intake.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.appeals.contracts.ErasureReason;
import org.appeals.intake.appeal.AppealHistories;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Erases the personal data of appeals closed longer ago than {@code appeals.intake.privacy.retention} (5 years).
 * Batched, one instance at a time (ShedLock's lock {@code intake.personal-data-retention}), idempotent: an erased
 * appeal is marked and never read again, so a second run changes and announces nothing; when nothing is due a run is
 * one indexed query.
 */
@Component
class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final ErasableAppeals appeals;
    private final AppealHistories histories;
    private final PersonalDataEraser eraser;
    private final PrivacyProperties properties;
    private final Clock clock;

    RetentionJob(ErasableAppeals appeals, AppealHistories histories, PersonalDataEraser eraser,
                 PrivacyProperties properties, Clock clock) {
        this.appeals = appeals;
        this.histories = histories;
        this.eraser = eraser;
        this.properties = properties;
        this.clock = clock;
    }

    /** Public, and called through the bean, for the lock. */
    @Scheduled(initialDelayString = "${appeals.intake.privacy.retention-delay:PT1M}",
            fixedDelayString = "${appeals.intake.privacy.retention-interval:PT1H}")
    @SchedulerLock(name = "intake.personal-data-retention", lockAtMostFor = "PT30M")
    public void scheduled() {
        try {
            int erased = run(clock.instant());
            if (erased > 0) {
                log.info("personal data of {} appeals closed over {} ago erased", erased, properties.retention());
            }
        } catch (RuntimeException e) {
            // the store is most likely away; the next run finds the same appeals
            log.warn("personal data retention run failed: {}", e.getMessage());
        }
    }

    /** Erases what is due at {@code now}, up to the run's batches; returns how many appeals it erased. */
    int run(Instant now) {
        Instant cutoff = now.atOffset(ZoneOffset.UTC).minus(properties.retention()).toInstant();
        int erased = 0;
        UUID after = null;
        for (int batch = 0; batch < properties.batchesPerRun(); batch++) {
            List<UUID> candidates = appeals.closedUnerased(cutoff, after, properties.batchSize());
            for (UUID appealId : candidates) {
                if (erasedIfDue(appealId, cutoff)) {
                    erased++;
                }
            }
            if (candidates.size() < properties.batchSize()) {
                break;
            }
            after = candidates.get(candidates.size() - 1);
        }
        return erased;
    }

    /** One appeal that cannot be erased now (its history unreadable, say) does not hold up the others. */
    private boolean erasedIfDue(UUID appealId, Instant cutoff) {
        try {
            return closedBefore(appealId, cutoff) && eraser.erase(appealId, ErasureReason.RETENTION, null);
        } catch (RuntimeException e) {
            log.warn("personal data of appeal {} not erased, the next run tries again: {}", appealId, e.getMessage());
            return false;
        }
    }

    /** The listing only says received before the cutoff and closed; the history says when it was closed. */
    private boolean closedBefore(UUID appealId, Instant cutoff) {
        return histories.find(appealId).flatMap(ClosingTime::of).map(closed -> closed.isBefore(cutoff)).orElse(false);
    }
}
