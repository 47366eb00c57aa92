package org.appeals.ok.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The webhook's OutboundReply (with parts) as the messages to post. */
class IncomingReplyTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void partsArePostedInOrderAndAQuestionIsMarked() {
        IncomingReply reply = IncomingReply.of("d-1", JSON.readTree("""
                {"appealId": "a-1", "replyTo": {"chatId": "chat:C1", "messageId": "mid:C1.1"},
                 "answerKind": "CLARIFICATION", "text": "one two", "parts": ["(1/2) one", "(2/2) two"]}"""));

        assertThat(reply.parts()).containsExactly("(1/2) one", "(2/2) two");
        assertThat(reply.chatId()).isEqualTo("chat:C1");
        assertThat(reply.messageId()).isEqualTo("mid:C1.1");
        assertThat(reply.question()).isTrue();
    }

    @Test
    void withoutPartsTheTextIsTheOneMessage() {
        IncomingReply reply = IncomingReply.of("d-1", JSON.readTree("""
                {"appealId": "a-1", "replyTo": {"chatId": "chat:C1"}, "notice": "REGISTERED",
                 "text": "Обращение зарегистрировано"}"""));

        assertThat(reply.parts()).containsExactly("Обращение зарегистрировано");
        assertThat(reply.question()).isFalse();
        assertThat(reply.toString()).doesNotContain("chat:C1").doesNotContain("Обращение");
    }
}
