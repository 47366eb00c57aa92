package org.appeals.console.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PagerTest {

    @Test
    void countsPagesRoundingUp() {
        assertThat(new Pager(0, 25, 0).pages()).isEqualTo(1);
        assertThat(new Pager(0, 25, 25).pages()).isEqualTo(1);
        assertThat(new Pager(0, 25, 26).pages()).isEqualTo(2);
        assertThat(new Pager(0, 100, 50_000).pages()).isEqualTo(500);
    }

    @Test
    void theFirstPageHasNoWayBackAndTheLastNoWayOn() {
        Pager first = new Pager(0, 25, 60);
        Pager last = new Pager(2, 25, 60);

        assertThat(first.hasPrevious()).isFalse();
        assertThat(first.hasNext()).isTrue();
        assertThat(first.next()).isEqualTo(1);
        assertThat(last.hasPrevious()).isTrue();
        assertThat(last.previous()).isEqualTo(1);
        assertThat(last.hasNext()).isFalse();
    }

    @Test
    void readsAsPeopleCountPages() {
        assertThat(new Pager(0, 25, 60).label()).isEqualTo("стр. 1 из 3, всего 60");
        assertThat(new Pager(0, 25, 0).label()).isEqualTo("стр. 1 из 1, всего 0");
    }

    @Test
    void pastTheEndLeadsBackToTheLastPage() {
        Pager beyond = new Pager(9, 25, 60);

        assertThat(beyond.hasNext()).isFalse();
        assertThat(beyond.previous()).isEqualTo(2);
        assertThat(beyond.label()).isEqualTo("стр. 10 из 3, всего 60");
    }
}
