package org.appeals.telegram.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ReplyMessagesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void postsThePartsInOrderToTheChatAndMessageOfReplyTo() {
        PendingReply reply = ReplyMessages.parse(JSON.readTree("""
                {"deliveryId":"5f0c6a43-3d55-4a8e-9a0e-3c1f1f0b7c11","appealId":"a1","answerKind":"FINAL",
                 "replyTo":{"chatId":"42","messageId":"7"},"text":"(1/2) a (2/2) b","parts":["(1/2) a","(2/2) b"]}"""));

        assertThat(reply.parts()).containsExactly("(1/2) a", "(2/2) b");
        assertThat(reply.chatId()).isEqualTo(42L);
        assertThat(reply.replyToMessageId()).isEqualTo(7L);
        assertThat(reply.finalAnswer()).isTrue();
    }

    @Test
    void withoutPartsTheTextIsOneMessageAndANoticeIsNoFinalAnswer() {
        PendingReply reply = ReplyMessages.parse(JSON.readTree("""
                {"deliveryId":"5f0c6a43-3d55-4a8e-9a0e-3c1f1f0b7c11","appealId":"a1","answerKind":"FINAL",
                 "notice":"REGISTERED","replyTo":{"chatId":"42"},"text":"Обращение зарегистрировано"}"""));

        assertThat(reply.parts()).containsExactly("Обращение зарегистрировано");
        assertThat(reply.replyToMessageId()).isNull();
        assertThat(reply.finalAnswer()).isFalse();
    }

    @Test
    void aMessageLongerThan4096CharactersIsCutOutsideSurrogatePairs() {
        String text = "я".repeat(4095) + "😀" + "б";

        List<String> pieces = ReplyMessages.cut(text);

        assertThat(pieces).hasSize(2);
        assertThat(pieces.get(0).codePointCount(0, pieces.get(0).length())).isEqualTo(4096);
        assertThat(pieces.get(0)).endsWith("😀");
        assertThat(pieces.get(1)).isEqualTo("б");
    }
}
