package org.appeals.email.reply;

import java.time.Clock;
import org.appeals.contracts.OutboundReply;
import org.appeals.email.thread.ReplyIds;
import org.appeals.support.kafka.InvalidEventException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;

/**
 * Sends each reply on {@code outbound.EMAIL} once. The delivery is remembered after the SMTP server took the mail: a
 * crash in between sends it again on replay, with the same Message-ID, which mail programs recognise as one mail. A
 * failed send is retried by the error handler, then dead-lettered; a record without an address goes straight there.
 */
@Component
class ReplyListener {

    private static final Logger log = LoggerFactory.getLogger(ReplyListener.class);

    private final ReplyMailer mailer;
    private final SentReplies sent;
    private final ReplyIds ids;
    private final ReplyMetrics metrics;
    private final Clock clock;

    ReplyListener(ReplyMailer mailer, SentReplies sent, ReplyIds ids, ReplyMetrics metrics, Clock clock) {
        this.mailer = mailer;
        this.sent = sent;
        this.ids = ids;
        this.metrics = metrics;
        this.clock = clock;
    }

    @KafkaListener(topics = "#{T(org.appeals.contracts.Topics).outbound(T(org.appeals.contracts.Channel).EMAIL)}",
            properties = "spring.json.value.default.type=org.appeals.contracts.OutboundReply")
    void on(OutboundReply reply) {
        ReplyMail mail = validated(reply);
        if (sent.wasSent(mail.deliveryId())) {
            metrics.replied(ReplyMetrics.Outcome.DUPLICATE);
            log.info("delivery {} was sent before; not sent again", mail.deliveryId());
            return;
        }
        try {
            mailer.send(mail);
        } catch (MailException e) {
            metrics.replied(ReplyMetrics.Outcome.FAILED);
            throw e;
        }
        sent.remember(mail.deliveryId(), mail.messageId(), clock.instant());
        metrics.replied(ReplyMetrics.Outcome.SENT);
        log.info("sent {} for appeal {}", mail, reply.appealId());
    }

    private ReplyMail validated(OutboundReply reply) {
        try {
            return ReplyMail.of(reply, ids);
        } catch (InvalidEventException e) {
            metrics.replied(ReplyMetrics.Outcome.REJECTED);
            throw e;
        }
    }
}
