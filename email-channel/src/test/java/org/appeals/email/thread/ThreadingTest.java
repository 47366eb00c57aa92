package org.appeals.email.thread;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThreadingTest {

    @Test
    void readsEveryMessageIdOfAFoldedHeaderInOrder() {
        assertThat(Threading.ids("<a@x.org>\r\n\t<b@y.org> junk <c.1@z>")).containsExactly("<a@x.org>", "<b@y.org>", "<c.1@z>");
        assertThat(Threading.ids(null)).isEmpty();
    }

    @Test
    void aReplysReferencesAreTheOriginalsReferencesThenItsId() {
        assertThat(Threading.references("<a@x> <b@x>", "<c@x>", 500)).isEqualTo("<a@x> <b@x> <c@x>");
        assertThat(Threading.references(null, "<c@x>", 500)).isEqualTo("<c@x>");
        assertThat(Threading.references("<a@x> <c@x>", "<c@x>", 500)).isEqualTo("<a@x> <c@x>");
        assertThat(Threading.references(null, null, 500)).isNull();
    }

    @Test
    void anOverlongChainKeepsTheThreadsFirstAndLatestIds() {
        String chain = "<first@x> <m1@x> <m2@x> <m3@x>";

        assertThat(Threading.references(chain, "<last@x>", 30)).isEqualTo("<first@x> <m3@x> <last@x>");
    }
}
