package org.appeals.email;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.util.Date;
import java.util.Properties;
import java.util.UUID;

/** Mails as a resident's mail program writes them, sent over real SMTP. */
public final class TestMails {

    private TestMails() {
    }

    /** A message that keeps the Message-ID we give it (Jakarta Mail would invent one on send). */
    public static final class Mail extends MimeMessage {

        private final String id;

        Mail(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }

        public String id() {
            return id;
        }
    }

    public static String newMessageId() {
        return "<" + UUID.randomUUID() + "@mail.example.org>";
    }

    /** A plain-text mail from a resident to the appeals mailbox. */
    public static Mail plain(int smtpPort, String fromAddress, String fromName, String subject, String text,
                             Date sent) throws MessagingException, UnsupportedEncodingException {
        Mail mail = new Mail(session(smtpPort), newMessageId());
        mail.setFrom(new InternetAddress(fromAddress, fromName, "UTF-8"));
        mail.setRecipient(Message.RecipientType.TO, new InternetAddress(EmailITBase.MAILBOX));
        mail.setSubject(subject, "UTF-8");
        mail.setSentDate(sent);
        mail.setText(text, "UTF-8");
        return mail;
    }

    public static Session session(int smtpPort) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(smtpPort));
        return Session.getInstance(properties);
    }

    public static void send(MimeMessage mail) throws MessagingException {
        Transport.send(mail);
    }
}
