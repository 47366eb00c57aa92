package org.appeals.launcher.stub;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.Channel;
import org.appeals.contracts.OutboundReply;
import org.junit.jupiter.api.Test;

class ReceivedReplyTest {

    @Test
    void printsOneLineWithTheReplyAddressMaskedAndWithoutTheText() {
        OutboundReply reply = new OutboundReply(1, UUID.randomUUID(), UUID.randomUUID(), Instant.now(), Channel.EMAIL,
                Map.of("email", "maria@mail.example"), AnswerKind.INTERIM, "Отдел образования",
                "Здравствуйте!\nОтвет готовится.\n\nСрок — 7 дней.");

        String line = ReceivedReply.of(reply, Instant.parse("2026-11-21T10:00:00Z")).logLine();

        assertThat(line).doesNotContain("\n").doesNotContain("maria@mail.example")
                .contains("email=m***(18)")
                .contains("EMAIL reply to appeal " + reply.appealId())
                .doesNotContain("Здравствуйте")
                .endsWith("Отдел образования: 46 characters, see GET /webhooks?appealId=" + reply.appealId());
    }

    @Test
    void toStringLeavesOutAddressAndText() {
        OutboundReply reply = new OutboundReply(1, UUID.randomUUID(), UUID.randomUUID(), Instant.now(), Channel.VK,
                Map.of("postId", "1001"), AnswerKind.FINAL, "Отдел", "Текст ответа");

        assertThat(ReceivedReply.of(reply, Instant.now()).toString()).doesNotContain("1001").doesNotContain("Текст");
    }
}
