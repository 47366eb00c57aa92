package org.appeals.console.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InboxFilterTest {

    @Test
    void asksForTheNearestDeadlineFirstWithoutFilters() {
        InboxFilter filter = InboxFilter.of(null, null, null);

        assertThat(filter.active()).isFalse();
        assertThat(filter.query("mikhailovka-roads").toString())
                .isEqualTo("/api/v1/departments/mikhailovka-roads/appeals?sort=due&limit=200");
    }

    @Test
    void aDayCountsWholeInVolgogradTime() {
        InboxFilter filter = InboxFilter.of("IN_PROGRESS", true, "2026-12-10");

        assertThat(filter.query("mikhailovka-roads").toString()).isEqualTo("/api/v1/departments/mikhailovka-roads"
                + "/appeals?sort=due&limit=200&status=IN_PROGRESS&overdue=true&dueBefore=2026-12-10T21:00:00Z");
    }

    @Test
    void leavesOutWhatItCannotRead() {
        InboxFilter filter = InboxFilter.of("NONSENSE", false, "10.12.2026");

        assertThat(filter).isEqualTo(new InboxFilter(null, false, null));
    }
}
