package org.appeals.email.inbound;

import jakarta.mail.Flags;
import jakarta.mail.FolderClosedException;
import jakarta.mail.MessagingException;
import jakarta.mail.StoreClosedException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Optional;
import org.appeals.contracts.AppealSubmission;
import org.appeals.contracts.Channel;
import org.appeals.contracts.Topics;
import org.appeals.support.kafka.EventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Takes one mail from the mailbox. It is marked seen only after the broker acknowledged its submission: a crash or a
 * broker outage before that leaves it unseen, the next poll reads it again, and intake de-duplicates on the
 * Message-ID.
 */
@Component
class MailIntake {

    private static final Logger log = LoggerFactory.getLogger(MailIntake.class);

    private final MailReader reader;
    private final Submissions submissions;
    private final EventPublisher publisher;
    private final InboundMetrics metrics;

    MailIntake(MailReader reader, Submissions submissions, EventPublisher publisher, InboundMetrics metrics) {
        this.reader = reader;
        this.submissions = submissions;
        this.publisher = publisher;
        this.metrics = metrics;
    }

    /** Throws when the mailbox or the broker is away; the mail then stays unseen. */
    MailOutcome take(MimeMessage mail) throws MessagingException {
        MailOutcome outcome = readAndSubmit(mail);
        metrics.received(outcome);
        return outcome;
    }

    private MailOutcome readAndSubmit(MimeMessage mail) throws MessagingException {
        Optional<IncomingMail> incoming = read(mail);
        if (incoming.isEmpty()) {
            mail.setFlag(Flags.Flag.FLAGGED, true);
            return MailOutcome.SET_ASIDE;
        }
        if (incoming.get().automatic()) {
            mail.setFlag(Flags.Flag.SEEN, true);
            log.info("{} is an automatic reply, not an appeal", incoming.get());
            return MailOutcome.AUTOMATIC;
        }
        AppealSubmission submission = submissions.of(incoming.get());
        publisher.publishDurably(Topics.APPEALS_SUBMITTED,
                AppealSubmission.key(Channel.EMAIL, submission.externalId()), submission);
        mail.setFlag(Flags.Flag.SEEN, true);
        metrics.submitted(submission.inReplyTo() != null);
        log.info("{} submitted as {}", incoming.get(), submission);
        return MailOutcome.SUBMITTED;
    }

    /** Empty for a mail we cannot use; a lost connection is no fault of the mail and is thrown. */
    private Optional<IncomingMail> read(MimeMessage mail) throws MessagingException {
        try {
            Optional<IncomingMail> incoming = reader.read(mail);
            if (incoming.isEmpty()) {
                log.warn("mail #{} has no sender address we can answer; flagged and left unseen",
                        mail.getMessageNumber());
            }
            return incoming;
        } catch (FolderClosedException | StoreClosedException e) {
            throw e;
        } catch (MessagingException | IOException | RuntimeException e) {
            log.warn("mail #{} could not be read ({}); flagged and left unseen", mail.getMessageNumber(), e.toString());
            return Optional.empty();
        }
    }
}
