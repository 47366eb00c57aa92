package org.appeals.email.reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.Channel;
import org.appeals.contracts.OutboundReply;
import org.appeals.email.thread.ReplyIds;
import org.appeals.support.kafka.InvalidEventException;
import org.junit.jupiter.api.Test;

class ReplyMailTest {

    final ReplyIds ids = new ReplyIds("appeals.local");

    @Test
    void aReplyJoinsTheResidentsThread() {
        OutboundReply reply = reply(Map.of("address", "anna@mail.ru", "messageId", "<m2@mail.ru>",
                "references", "<m1@mail.ru>", "subject", "Двор"));

        ReplyMail mail = ReplyMail.of(reply, ids);

        assertThat(mail.to().getAddress()).isEqualTo("anna@mail.ru");
        assertThat(mail.subject()).isEqualTo("Re: Двор");
        assertThat(mail.inReplyTo()).isEqualTo("<m2@mail.ru>");
        assertThat(mail.references()).isEqualTo("<m1@mail.ru> <m2@mail.ru>");
        assertThat(mail.messageId()).isEqualTo(ids.of(reply.appealId(), reply.deliveryId()));
        assertThat(mail.deliveryId()).isEqualTo(reply.deliveryId().toString());
        assertThat(mail.toString()).doesNotContain("anna@mail.ru", "Ответ");
    }

    @Test
    void aSubjectThatIsAlreadyAReplyGetsNoSecondRe() {
        assertThat(ReplyMail.of(reply(Map.of("address", "a@mail.ru", "subject", "RE: Двор")), ids).subject())
                .isEqualTo("RE: Двор");
        assertThat(ReplyMail.of(reply(Map.of("address", "a@mail.ru")), ids).subject())
                .isEqualTo(ReplyMail.NO_SUBJECT);
    }

    @Test
    void aReplyWithoutAUsableAddressIsInvalid() {
        assertThatThrownBy(() -> ReplyMail.of(reply(Map.of("subject", "Двор")), ids))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("replyTo.address");
        assertThatThrownBy(() -> ReplyMail.of(reply(Map.of("address", "not an address")), ids))
                .isInstanceOf(InvalidEventException.class).hasMessageNotContaining("not an address");
        assertThatThrownBy(() -> ReplyMail.of(reply(null), ids)).isInstanceOf(InvalidEventException.class);
    }

    private static OutboundReply reply(Map<String, String> replyTo) {
        return new OutboundReply(OutboundReply.SCHEMA_VERSION, UUID.randomUUID(), UUID.randomUUID(), Instant.now(),
                Channel.EMAIL, replyTo, AnswerKind.FINAL, "Отдел", "Ответ по обращению.");
    }
}
