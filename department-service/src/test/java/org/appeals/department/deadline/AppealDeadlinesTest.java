package org.appeals.department.deadline;

import static org.appeals.department.deadline.Volgograd.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.Category;
import org.appeals.contracts.Channel;
import org.appeals.contracts.Deadlines;
import org.appeals.contracts.Municipality;
import org.appeals.department.appeal.Answer;
import org.appeals.department.appeal.Assignment;
import org.appeals.department.appeal.Content;
import org.appeals.department.appeal.Promise;
import org.junit.jupiter.api.Test;

class AppealDeadlinesTest {

    private final AppealDeadlines deadlines = new AppealDeadlines(new DeadlineCalculator(
            new WorkingTime(WorkingCalendar.load(CalendarProperties.defaults())),
            DeadlineRules.load("calendar/deadline-rules.json")),
            new DeadlinePolicyProperties(Set.of(Channel.POS, Channel.EMAIL), Set.of(Category.SAFETY),
                    List.of("прорыв", "нет отопления")));

    private final Instant monday10 = at("2026-03-16T10:00");

    @Test
    void aChatMessageOwesAFirstReactionWithinNineWorkingHoursAndNoLegalAnswerTerm() {
        Deadlines due = deadlines.atAssignment(content(Channel.TELEGRAM, "Яма у дома 5"), roads(), monday10);
        assertThat(due).isEqualTo(new Deadlines(at("2026-03-17T10:00"), null));
    }

    @Test
    void urgentWordsAnywhereInTheTextCutTheFirstReactionToFourWorkingHours() {
        Deadlines due = deadlines.atAssignment(content(Channel.VK, "Во дворе ПРОРЫВ трубы, заливает подвал"),
                roads(), monday10);
        assertThat(due.firstReactionDue()).isEqualTo(at("2026-03-16T14:00"));
        Deadlines cold = deadlines.atAssignment(content(Channel.VK, "В квартире нет отопления третий день"),
                roads(), monday10);
        assertThat(cold.firstReactionDue()).isEqualTo(at("2026-03-16T14:00"));
    }

    @Test
    void aWrittenAppealThroughGosuslugiHasTheThirtyDayTermOf59FzFromRegistration() {
        Content pos = new Content("Прошу отремонтировать дорогу", Channel.POS, null, List.of(), at("2026-03-13T12:00"));
        Deadlines due = deadlines.atAssignment(pos, roads(), monday10);
        assertThat(due.answerDue()).isEqualTo(at("2026-04-13T18:00"));
    }

    @Test
    void anAppealWhoseTextHasNotArrivedYetGetsTheDefaultTerms() {
        Deadlines due = deadlines.atAssignment(null, roads(), monday10);
        assertThat(due).isEqualTo(new Deadlines(at("2026-03-17T10:00"), null));
    }

    @Test
    void aReopenedAppealCountsItsTermsAgainFromTheReopening() {
        Content pos = new Content("Прошу отремонтировать дорогу", Channel.POS, null, List.of(), at("2026-01-20T12:00"));
        Instant reopened = at("2026-03-16T10:00");
        Deadlines due = deadlines.atReopen(pos, roads(), reopened);
        assertThat(due.firstReactionDue()).isEqualTo(at("2026-03-17T10:00"));
        assertThat(due.answerDue()).isAfter(at("2026-04-14T00:00"));
    }

    @Test
    void aPromisedDateIsDueAtTheEndOfThatDayInVolgograd() {
        Answer interim = interim(monday10);
        Promise promise = deadlines.promise(content(Channel.TELEGRAM, "Яма у дома 5"), roads(),
                LocalDate.of(2026, 3, 20), interim);

        assertThat(promise.dueAt()).isEqualTo(Instant.parse("2026-03-20T20:59:59Z"));
        assertThat(promise.promisedBy()).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(promise.answerId()).isEqualTo(interim.answerId());
        assertThat(promise.givenAt()).isEqualTo(monday10);
    }

    @Test
    void aChatAppealHasNoLegalTermSoAnyDateMayBePromised() {
        Promise promise = deadlines.promise(content(Channel.VK, "Яма у дома 5"), roads(), LocalDate.of(2026, 9, 1),
                interim(monday10));

        assertThat(promise.dueAt()).isEqualTo(Instant.parse("2026-09-01T20:59:59Z"));
    }

    @Test
    void aWrittenAppealMayBePromisedUpToItsLegalTermsDayAndNeverLaterThanTheTermItself() {
        Content pos = new Content("Прошу отремонтировать дорогу", Channel.POS, null, List.of(), at("2026-03-13T12:00"));

        Promise lastDay = deadlines.promise(pos, roads(), LocalDate.of(2026, 4, 13), interim(monday10));

        assertThat(lastDay.dueAt()).as("the legal term, 18:00, not midnight").isEqualTo(at("2026-04-13T18:00"));
        assertThat(deadlines.promise(pos, roads(), LocalDate.of(2026, 4, 10), interim(monday10)).dueAt())
                .isEqualTo(Instant.parse("2026-04-10T20:59:59Z"));
    }

    @Test
    void aDateAfterTheLegalTermOfAWrittenAppealIsRefusedNamingTheTerm() {
        Content pos = new Content("Прошу отремонтировать дорогу", Channel.POS, null, List.of(), at("2026-03-13T12:00"));

        assertThatThrownBy(() -> deadlines.promise(pos, roads(), LocalDate.of(2026, 4, 14), interim(monday10)))
                .isInstanceOfSatisfying(PromiseBeyondLegalTerm.class, refused -> {
                    assertThat(refused.promisedBy()).isEqualTo(LocalDate.of(2026, 4, 14));
                    assertThat(refused.legalTermDate()).isEqualTo(LocalDate.of(2026, 4, 13));
                    assertThat(refused.legalTerm()).isEqualTo(at("2026-04-13T18:00"));
                });
    }

    private static Answer interim(Instant at) {
        return Answer.create(AnswerKind.INTERIM, "Ремонт в плане.", null, roads(), null, at, null);
    }

    private static Content content(Channel channel, String text) {
        return new Content(text, channel, null, List.of(), null);
    }

    private static Assignment roads() {
        return new Assignment("mikhailovka-roads", "Отдел дорог", Category.ROADS, Municipality.MIKHAILOVKA, null, null,
                at("2026-03-16T10:00"));
    }
}
