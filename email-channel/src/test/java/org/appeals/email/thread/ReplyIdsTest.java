package org.appeals.email.thread;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReplyIdsTest {

    final ReplyIds ids = new ReplyIds("appeals.local");
    final UUID appeal = UUID.randomUUID();
    final UUID delivery = UUID.randomUUID();

    @Test
    void ourMessageIdNamesTheAppealAndTheDelivery() {
        assertThat(ids.of(appeal, delivery)).isEqualTo("<reply." + appeal + "." + delivery + "@appeals.local>");
    }

    @Test
    void anAnswerFindsTheAppealThroughInReplyToOrReferences() {
        String ours = ids.of(appeal, delivery);

        assertThat(ids.appealRepliedTo(List.of(ours), List.of())).contains(appeal);
        assertThat(ids.appealRepliedTo(List.of("<other@mail.ru>"), List.of("<first@mail.ru>", ours))).contains(appeal);
    }

    @Test
    void theLatestOfOurRepliesWins() {
        UUID later = UUID.randomUUID();

        assertThat(ids.appealRepliedTo(List.of(), List.of(ids.of(appeal, delivery), ids.of(later, delivery))))
                .contains(later);
    }

    @Test
    void idsOfOtherDomainsOrShapesAreNotOurs() {
        assertThat(ids.appealRepliedTo(List.of("<reply." + appeal + "." + delivery + "@evil.example>"),
                List.of("<reply." + appeal + "@appeals.local>", "<a@b>"))).isEmpty();
    }
}
