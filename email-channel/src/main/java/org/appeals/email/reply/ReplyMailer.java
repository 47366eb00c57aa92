package org.appeals.email.reply;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Sends a reply over SMTP as plain UTF-8 text; Spring keeps the Message-ID we set. */
@Component
class ReplyMailer {

    /** The idempotency key of the delivery, so a mail can be traced back to it. */
    static final String DELIVERY_HEADER = "X-Appeals-Delivery-Id";

    private final JavaMailSender sender;
    private final ReplyProperties properties;
    private final Clock clock;

    ReplyMailer(JavaMailSender sender, ReplyProperties properties, Clock clock) {
        this.sender = sender;
        this.properties = properties;
        this.clock = clock;
    }

    void send(ReplyMail mail) {
        sender.send(compose(mail));
    }

    private MimeMessage compose(ReplyMail mail) {
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
            helper.setFrom(properties.from(), properties.fromName());
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            helper.setSentDate(Date.from(clock.instant()));
            helper.setText(mail.text());
            message.setHeader("Message-ID", mail.messageId());
            if (mail.inReplyTo() != null) {
                message.setHeader("In-Reply-To", mail.inReplyTo());
            }
            if (mail.references() != null) {
                message.setHeader("References", MimeUtility.fold("References: ".length(), mail.references()));
            }
            message.setHeader(DELIVERY_HEADER, mail.deliveryId());
            return message;
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailPreparationException("could not compose " + mail, e);
        }
    }
}
