package org.appeals.launcher.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.util.Date;
import java.util.Properties;

/** A resident's plain-text mail to the centre's mailbox, over the local mail server's SMTP. */
final class ResidentMail {

    private ResidentMail() {
    }

    static void send(MailOptions options) {
        Properties smtp = new Properties();
        smtp.put("mail.smtp.host", "127.0.0.1");
        smtp.put("mail.smtp.port", Integer.toString(options.smtpPort()));
        smtp.put("mail.smtp.connectiontimeout", "5000");
        smtp.put("mail.smtp.timeout", "5000");
        try {
            MimeMessage mail = new MimeMessage(Session.getInstance(smtp));
            mail.setFrom(new InternetAddress(options.address(), options.name(), "UTF-8"));
            mail.setRecipient(Message.RecipientType.TO, new InternetAddress(CentreMailbox.ADDRESS));
            mail.setSubject(options.subject(), "UTF-8");
            mail.setSentDate(new Date());
            mail.setText(options.text(), "UTF-8");
            Transport.send(mail);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new IllegalStateException("Could not send through SMTP 127.0.0.1:" + options.smtpPort()
                    + " (is ./run-local.sh running?): " + e.getMessage(), e);
        }
    }
}
