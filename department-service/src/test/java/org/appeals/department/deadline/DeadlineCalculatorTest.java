package org.appeals.department.deadline;

import static org.appeals.department.deadline.Volgograd.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.appeals.contracts.Category;
import org.appeals.contracts.Channel;
import org.appeals.contracts.Deadlines;
import org.junit.jupiter.api.Test;

class DeadlineCalculatorTest {

    private final DeadlineCalculator calculator = new DeadlineCalculator(
            new WorkingTime(WorkingCalendar.load(CalendarProperties.defaults())),
            DeadlineRules.load("calendar/deadline-rules.json"));

    private final AppealProfile chat = new AppealProfile(Channel.TELEGRAM, Category.ROADS, Priority.NORMAL, false);
    private final AppealProfile formal = new AppealProfile(Channel.EMAIL, Category.HOUSING, Priority.NORMAL, true);

    @Test
    void anAppealAssignedOnNewYearsEveIsDueForAFirstReactionOnTwelfthOfJanuary() {
        Deadlines deadlines = calculator.compute(chat, at("2025-12-31T10:00"), at("2025-12-31T16:00"));
        assertThat(deadlines).isEqualTo(new Deadlines(at("2026-01-12T18:00"), null));
    }

    @Test
    void anUrgentAppealIsDueFourWorkingHoursAfterAssignment() {
        AppealProfile urgent = new AppealProfile(Channel.VK, Category.SAFETY, Priority.URGENT, false);
        Deadlines deadlines = calculator.compute(urgent, at("2026-06-11T15:00"), at("2026-06-11T15:30"));
        assertThat(deadlines.firstReactionDue()).isEqualTo(at("2026-06-15T11:30"));
    }

    @Test
    void aFormalAppealIsDueThirtyDaysAfterRegistrationNotAfterAssignment() {
        Deadlines deadlines = calculator.compute(formal, at("2026-02-13T10:00"), at("2026-02-16T10:00"));
        assertThat(deadlines.answerDue()).isEqualTo(at("2026-03-16T18:00"));
        assertThat(deadlines.firstReactionDue()).isEqualTo(at("2026-02-17T10:00"));
    }

    @Test
    void anInterimAnswerSetsTheFinalAnswerSevenWorkingDaysLaterAndKeepsTheFirstReaction() {
        Deadlines initial = calculator.compute(chat, at("2026-04-28T09:00"), at("2026-04-28T10:00"));
        Deadlines after = calculator.afterInterim(chat, initial, at("2026-04-28T09:00"), at("2026-04-30T11:00"));
        assertThat(after).isEqualTo(new Deadlines(initial.firstReactionDue(), at("2026-05-13T18:00")));
    }

    @Test
    void anInterimAnswerNeverExtendsTheLegalDeadlineOfAFormalAppeal() {
        Instant registered = at("2026-02-13T10:00");
        Deadlines initial = calculator.compute(formal, registered, registered);
        Deadlines after = calculator.afterInterim(formal, initial, registered, at("2026-03-12T12:00"));
        assertThat(after.answerDue()).isEqualTo(at("2026-03-16T18:00"));
    }

    @Test
    void anEarlyInterimAnswerOnAFormalAppealBringsTheFinalAnswerForwardPastTheFebruaryHoliday() {
        Instant registered = at("2026-02-13T10:00");
        Deadlines after = calculator.afterInterim(formal, null, registered, at("2026-02-16T12:00"));
        assertThat(after).isEqualTo(new Deadlines(null, at("2026-02-26T18:00")));
    }
}
