package org.appeals.e2e;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The mail world around the platform, on loopback in the test JVM (GreenMail): the centre's mailbox the e-mail channel
 * polls over IMAP, and the SMTP server its replies go out through, which keeps every resident's mailbox.
 */
final class MailServer implements AutoCloseable {

    static final String CENTRE_MAILBOX = "appeals@cur34.example";
    private static final String CENTRE_LOGIN = "appeals";
    private static final String CENTRE_PASSWORD = "e2e-mailbox-secret";

    private final GreenMail greenMail;

    MailServer() {
        ServerSetup[] loopback = ServerSetup.dynamicPort(ServerSetup.createCopy(ServerSetupTest.SMTP_IMAP,
                setup -> setup.createCopy("127.0.0.1")));
        greenMail = new GreenMail(loopback);
        greenMail.start();
        greenMail.setUser(CENTRE_MAILBOX, CENTRE_LOGIN, CENTRE_PASSWORD);
    }

    /** What the e-mail channel needs to poll the centre's mailbox and send its replies here. */
    Map<String, String> channelEnvironment() {
        return Map.of(
                "IMAP_HOST", "127.0.0.1",
                "IMAP_PORT", String.valueOf(greenMail.getImap().getPort()),
                "IMAP_USERNAME", CENTRE_LOGIN,
                "IMAP_PASSWORD", CENTRE_PASSWORD,
                "IMAP_POLL_INTERVAL", "300ms",
                "SMTP_HOST", "127.0.0.1",
                "SMTP_PORT", String.valueOf(greenMail.getSmtp().getPort()),
                "EMAIL_FROM", CENTRE_MAILBOX);
    }

    /** A resident's plain-text mail to the centre, over SMTP, keeping the Message-ID given. */
    void sendToCentre(String messageId, String fromAddress, String fromName, String subject, String text) {
        Properties smtp = new Properties();
        smtp.put("mail.smtp.host", "127.0.0.1");
        smtp.put("mail.smtp.port", String.valueOf(greenMail.getSmtp().getPort()));
        try {
            MimeMessage mail = new FixedIdMessage(Session.getInstance(smtp), messageId);
            mail.setFrom(new InternetAddress(fromAddress, fromName, "UTF-8"));
            mail.setRecipient(Message.RecipientType.TO, new InternetAddress(CENTRE_MAILBOX));
            mail.setSubject(subject, "UTF-8");
            mail.setSentDate(new Date());
            mail.setText(text, "UTF-8");
            Transport.send(mail);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new IllegalStateException("could not send the resident's mail", e);
        }
    }

    /** Every mail delivered to the address, in arrival order. */
    List<MimeMessage> mailsTo(String address) {
        return greenMail.findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(address), message -> true)
                .toList();
    }

    @Override
    public void close() {
        greenMail.stop();
    }

    /** Jakarta Mail would replace the Message-ID on send; a resident's mail program sets its own. */
    private static final class FixedIdMessage extends MimeMessage {

        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
