package org.appeals.console.inbox;

import static org.appeals.console.inbox.AppealJsonFixtures.inboxItem;
import static org.appeals.console.inbox.AppealJsonFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class InboxRowsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T14:00:00Z");

    @Test
    void ordersByTheNearestRunningDeadlineAMissedOneFirstAndNoneLast() {
        String page = "{\"departmentId\":\"mikhailovka-roads\",\"items\":["
                + inboxItem("later", "IN_PROGRESS", "2026-12-01T16:00:00Z", "2026-12-10T15:00:00Z") + ","
                + inboxItem("review", "IN_REVIEW", "2026-12-01T16:00:00Z", "2026-12-10T15:00:00Z") + ","
                + inboxItem("soon", "ASSIGNED", "2026-12-01T16:00:00Z", "2026-12-10T15:00:00Z") + ","
                + inboxItem("missed", "ASSIGNED", "2026-12-01T13:00:00Z", "2026-12-10T15:00:00Z") + "]}";

        List<InboxRow> rows = InboxRows.of(json(page), NOW);

        assertThat(rows).extracting(InboxRow::appealId).containsExactly("missed", "soon", "later", "review");
        assertThat(rows).extracting(row -> row.deadline() == null ? null : row.deadline().tone())
                .containsExactly("red", "amber", "green", null);
    }

    @Test
    void readsARowOfTheInbox() {
        InboxRow row = InboxRows.row(json(inboxItem("a1", "ASSIGNED", "2026-12-01T16:00:00Z", null)), NOW);

        assertThat(row.stateLabel()).isEqualTo("Новое");
        assertThat(row.category()).isEqualTo("Дороги");
        assertThat(row.municipality()).isEqualTo("Михайловка");
        assertThat(row.excerpt()).isEqualTo("Яма");
        assertThat(row.dueAt()).isEqualTo(Instant.parse("2026-12-01T16:00:00Z"));
        assertThat(row.deadline().label()).isEqualTo("осталось 2 ч 0 мин");
        assertThat(row.overdue()).isFalse();
    }

    @Test
    void shortensLongTextsToOneLine() {
        String text = "Яма\n\n" + "о".repeat(300);

        String excerpt = InboxRows.excerpt(text);

        assertThat(excerpt).startsWith("Яма о").endsWith("…").doesNotContain("\n");
        assertThat(excerpt.codePointCount(0, excerpt.length())).isEqualTo(InboxRows.EXCERPT_LENGTH + 1);
        assertThat(InboxRows.excerpt(null)).isEqualTo("Текст ещё не получен");
    }

    @Test
    void anEmptyPageHasNoRows() {
        assertThat(InboxRows.of(json("{\"departmentId\":\"d\",\"items\":[]}"), NOW)).isEmpty();
    }
}
