package org.appeals.email.inbound;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.appeals.email.thread.Threading;
import org.springframework.stereotype.Component;

/** Reads the headers and the text of a mail from the mailbox; empty when the mail has no sender to answer. */
@Component
class MailReader {

    static final int MAX_ADDRESS = 254;

    private final Clock clock;

    MailReader(Clock clock) {
        this.clock = clock;
    }

    Optional<IncomingMail> read(MimeMessage mail) throws MessagingException, IOException {
        Optional<InternetAddress> from = sender(mail);
        if (from.isEmpty()) {
            return Optional.empty();
        }
        Body body = BodyText.of(mail);
        Instant sentAt = mail.getSentDate() != null ? mail.getSentDate().toInstant()
                : mail.getReceivedDate() != null ? mail.getReceivedDate().toInstant() : clock.instant();
        String references = header(mail, "References");
        return Optional.of(new IncomingMail(messageId(mail, from.get(), sentAt), from.get().getAddress(),
                from.get().getPersonal(), mail.getSubject(), body, sentAt,
                Threading.ids(header(mail, "In-Reply-To")), references, isAutomatic(mail)));
    }

    /**
     * The address the answer goes to. One longer than SMTP allows (RFC 5321: 254) or with control characters could
     * not be answered, and intake would refuse it as a reply address: the mail is set aside for a person instead.
     */
    private static Optional<InternetAddress> sender(MimeMessage mail) throws MessagingException {
        Address[] from = mail.getFrom();
        if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress address)
                || address.getAddress() == null || !address.getAddress().contains("@")
                || address.getAddress().strip().length() > MAX_ADDRESS || !IntakeValues.isLine(address.getAddress())) {
            return Optional.empty();
        }
        return Optional.of(address);
    }

    /** A mail without a Message-ID still needs a stable id, or a re-read after a crash would be a second appeal. */
    private static String messageId(MimeMessage mail, InternetAddress from, Instant sentAt) throws MessagingException {
        String id = mail.getMessageID();
        if (id != null && !id.isBlank()) {
            return id.strip();
        }
        return "<derived." + Digests.of(from.getAddress() + "|" + sentAt + "|" + mail.getSubject()) + "@appeals.local>";
    }

    /** RFC 3834: anything but "no" in Auto-Submitted, or a bulk or auto-reply precedence, was not written by a person. */
    private static boolean isAutomatic(MimeMessage mail) throws MessagingException {
        String autoSubmitted = header(mail, "Auto-Submitted");
        String precedence = header(mail, "Precedence");
        return (autoSubmitted != null && !autoSubmitted.strip().toLowerCase(Locale.ROOT).startsWith("no"))
                || (precedence != null && precedence.strip().toLowerCase(Locale.ROOT)
                        .matches("bulk|junk|list|auto_reply"));
    }

    private static String header(MimeMessage mail, String name) throws MessagingException {
        String value = mail.getHeader(name, " ");
        return value == null ? null : MimeUtility.unfold(value).strip();
    }
}
