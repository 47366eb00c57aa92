package org.appeals.launcher.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.appeals.contracts.Channel;
import org.junit.jupiter.api.Test;

class ReplyAddressesTest {

    @Test
    void vkWallPostsReplyToTheirOwnerAndPost() {
        assertThat(ReplyAddresses.of(Channel.VK, "wall-201_1001")).isEqualTo(Map.of("ownerId", "-201", "postId", "1001"));
    }

    @Test
    void telegramRepliesToTheChatMessage() {
        assertThat(ReplyAddresses.of(Channel.TELEGRAM, "chat-77:5001"))
                .isEqualTo(Map.of("chatId", "77", "messageId", "5001"));
    }

    @Test
    void emailRepliesInTheSameThread() {
        assertThat(ReplyAddresses.of(Channel.EMAIL, "<a1@mail.example>"))
                .containsEntry("messageId", "<a1@mail.example>")
                .containsEntry("email", "resident+1@mail.example");
    }

    @Test
    void everyChannelGetsANonEmptyAddressEvenForUnexpectedIds() {
        for (Channel channel : Channel.values()) {
            assertThat(ReplyAddresses.of(channel, "odd id")).isNotEmpty();
        }
        assertThat(ReplyAddresses.of(Channel.POS, "pos-900001")).isEqualTo(Map.of("posAppealId", "900001"));
    }
}
