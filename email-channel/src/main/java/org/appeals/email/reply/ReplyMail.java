package org.appeals.email.reply;

import static org.appeals.support.kafka.InvalidEventException.require;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Locale;
import java.util.Map;
import org.appeals.contracts.Masking;
import org.appeals.contracts.OutboundReply;
import org.appeals.email.thread.ReplyIds;
import org.appeals.email.thread.Threading;
import org.appeals.support.kafka.InvalidEventException;

/**
 * The mail that carries a reply: to the address the appeal came from, in its thread (RFC 5322 3.6.4), with a
 * Message-ID that names the appeal and the delivery.
 *
 * @param inReplyTo the resident's mail, or null when the reply address does not name it
 * @param references the thread so far, or null
 */
record ReplyMail(String deliveryId, InternetAddress to, String subject, String messageId, String inReplyTo,
                 String references, String text) {

    static final String NO_SUBJECT = "Ответ на ваше обращение";
    /** Long enough for any real thread; past it the middle of the chain goes. */
    static final int MAX_REFERENCES = 2_000;

    static ReplyMail of(OutboundReply reply, ReplyIds ids) {
        require(reply.deliveryId(), "deliveryId");
        require(reply.appealId(), "appealId");
        Map<String, String> replyTo = require(reply.replyTo(), "replyTo");
        String text = require(reply.text(), "text");
        String original = blankToNull(replyTo.get("messageId"));
        return new ReplyMail(reply.deliveryId().toString(), address(replyTo.get("address")),
                subject(replyTo.get("subject")), ids.of(reply.appealId(), reply.deliveryId()), original,
                Threading.references(replyTo.get("references"), original, MAX_REFERENCES), text);
    }

    private static InternetAddress address(String address) {
        require(blankToNull(address), "replyTo.address");
        try {
            InternetAddress parsed = new InternetAddress(address.strip(), true);
            parsed.validate();
            return parsed;
        } catch (AddressException e) {
            throw new InvalidEventException("replyTo.address is not an e-mail address");
        }
    }

    /** "Re: " once, as mail programs do, so the reply lands in the resident's thread by subject too. */
    private static String subject(String original) {
        String subject = blankToNull(original);
        if (subject == null) {
            return NO_SUBJECT;
        }
        return subject.toLowerCase(Locale.ROOT).startsWith("re:") ? subject : "Re: " + subject;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Leaves out the address and the text. */
    @Override
    public String toString() {
        return "ReplyMail[deliveryId=" + deliveryId + ", to=" + Masking.mask(to.getAddress()) + ", messageId="
                + messageId + "]";
    }
}
