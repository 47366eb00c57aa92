package org.appeals.email.inbound;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Polls the mailbox every {@code appeals.email.mailbox.poll-interval} while polling is on, on one instance at a time:
 * two instances reading the same unseen mails at once would submit each of them twice.
 *
 * <p>Spring's scheduler starts the polls after every lifecycle bean (the Kafka producer among them) has started, and
 * on shutdown it stops before them and waits for a poll in progress, so a mail's submission and its seen flag are not
 * torn apart by the shutdown.
 */
@Component
@ConditionalOnBooleanProperty(name = "appeals.email.mailbox.enabled", matchIfMissing = true)
class MailboxSchedule {

    private static final Logger log = LoggerFactory.getLogger(MailboxSchedule.class);

    private final MailboxPoller poller;
    private final MailboxStatus status;

    MailboxSchedule(MailboxPoller poller, MailboxStatus status, MailboxProperties properties) {
        this.poller = poller;
        this.status = status;
        log.info("polling {} every {}, on one instance at a time", properties, properties.pollInterval());
    }

    /**
     * One poll, on the instance holding the lock. A poll is one IMAP connection (10 s timeouts) and at most
     * batch-size mails, each acknowledged by the broker within 2 s, and any timeout ends it: it lasts seconds. The
     * lock outlives a slow one by far, and frees the mailbox for the others 5 minutes after an instance died
     * mid-poll. Public and called through the bean: ShedLock's proxy takes the lock.
     */
    @Scheduled(fixedDelayString = "${appeals.email.mailbox.poll-interval:10s}")
    @SchedulerLock(name = "email.mailbox-poll", lockAtMostFor = "PT5M")
    public void poll() {
        try {
            status.succeeded(poller.poll());
        } catch (Exception e) {
            // the mails stay unseen and the next poll, here or on another instance, tries again
            status.failed(e);
            log.warn("mailbox poll failed: {}", e.toString());
        }
    }
}
