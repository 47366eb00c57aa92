package org.appeals.email.inbound;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.AndTerm;
import jakarta.mail.search.FlagTerm;
import jakarta.mail.search.SearchTerm;
import java.util.Properties;
import org.springframework.stereotype.Component;

/**
 * One look into the mailbox over IMAP: the unseen, unflagged mails, oldest first, each handed to {@link MailIntake}.
 * Bodies are fetched with PEEK, so reading a mail does not mark it seen; only a submitted one is.
 */
@Component
class MailboxPoller {

    /** Unseen and not set aside. */
    private static final SearchTerm NEW_MAIL = new AndTerm(new FlagTerm(new Flags(Flags.Flag.SEEN), false),
            new FlagTerm(new Flags(Flags.Flag.FLAGGED), false));

    private final MailboxProperties properties;
    private final MailboxLogin login;
    private final MailIntake intake;
    private final Session session;

    MailboxPoller(MailboxProperties properties, MailboxLogin login, MailIntake intake) {
        this.properties = properties;
        this.login = login;
        this.intake = intake;
        this.session = Session.getInstance(sessionProperties(properties));
    }

    /** The number of mails taken. */
    int poll() throws MessagingException {
        try (Store store = session.getStore(properties.protocol())) {
            store.connect(properties.host(), properties.port() == null ? -1 : properties.port(),
                    login.username(), login.password());
            Folder folder = store.getFolder(properties.folder());
            folder.open(Folder.READ_WRITE);
            try {
                return takeNewMail(folder);
            } finally {
                folder.close(false);
            }
        }
    }

    private int takeNewMail(Folder folder) throws MessagingException {
        Message[] found = folder.search(NEW_MAIL);
        int taken = Math.min(found.length, properties.batchSize());
        for (int i = 0; i < taken; i++) {
            intake.take((MimeMessage) found[i]);
        }
        return taken;
    }

    private static Properties sessionProperties(MailboxProperties properties) {
        String prefix = "mail." + properties.protocol() + ".";
        Properties session = new Properties();
        session.put(prefix + "peek", "true");
        session.put(prefix + "connectiontimeout", String.valueOf(properties.timeout().toMillis()));
        session.put(prefix + "timeout", String.valueOf(properties.timeout().toMillis()));
        session.put(prefix + "writetimeout", String.valueOf(properties.timeout().toMillis()));
        return session;
    }
}
