package org.appeals.intake.view;

import static org.appeals.intake.support.Events.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.AppealEvent;
import org.appeals.contracts.DeadlineKind;
import org.appeals.contracts.Deadlines;
import org.appeals.contracts.DeliveryOutcome;
import org.appeals.contracts.WorkflowState;
import org.appeals.contracts.WorkflowStep;
import org.appeals.intake.appeal.AppealHistory;
import org.appeals.intake.appeal.AppealStatus;
import org.appeals.intake.support.Events;
import org.appeals.intake.support.Samples;
import org.appeals.intake.view.TimelineEntry.EntryType;
import org.junit.jupiter.api.Test;

class AppealViewsTest {

    private final UUID appealId = UUID.randomUUID();

    @Test
    void showsPlacementWithRussianNamesFromTheRoutingDecision() {
        AppealView view = AppealViews.of(fullHistory(), true);

        assertThat(view.status()).isEqualTo(AppealStatus.NOTIFIED);
        assertThat(view.category()).isEqualTo(new AppealView.CodeName("ROADS", "Дороги"));
        assertThat(view.municipality()).isEqualTo(new AppealView.CodeName("MIKHAILOVKA", "Михайловка"));
        assertThat(view.department()).isEqualTo(new AppealView.DepartmentRef("mikhailovka-roads", Events.ROADS_DEPARTMENT));
        assertThat(view.deadlines().firstReactionDue()).isEqualTo(T0.plusSeconds(60 + 9 * 3600));
        assertThat(view.routingReason().ruleId()).isEqualTo("municipal:ROADS");
        assertThat(view.text()).contains("яма");
    }

    @Test
    void theTimelineListsEveryEventInOrderWithWhatEachOneSays() {
        List<TimelineEntry> timeline = AppealViews.of(fullHistory(), false).timeline();

        assertThat(timeline).extracting(TimelineEntry::type)
                .containsExactly(EntryType.RECEIVED, EntryType.ASSIGNED, EntryType.ANSWERED, EntryType.NOTIFIED);
        assertThat(timeline.get(1).summary()).contains(Events.ROADS_DEPARTMENT, "Дороги", "Михайловка");
        assertThat(timeline.get(2).kind()).isEqualTo(AnswerKind.FINAL);
        assertThat(timeline.get(2).text()).isEqualTo("Яма заделана 21 ноября.");
        assertThat(timeline.get(3).outcome()).isEqualTo(DeliveryOutcome.DELIVERED);
        assertThat(timeline.get(3).summary()).contains("доставлен", "ВКонтакте");
        assertThat(timeline).allSatisfy(entry -> assertThat(entry.eventId()).isNotNull());
    }

    @Test
    void staffSeeTheAuthorsNameAndContactAndAChannelDoesNot() {
        String forStaff = Samples.JSON.writeValueAsString(AppealViews.of(fullHistory(), true));
        String forChannel = Samples.JSON.writeValueAsString(AppealViews.of(fullHistory(), false));

        assertThat(forStaff).contains("Мария", "+79001234567", "Михайловка, ул. Мира");
        assertThat(forChannel).contains("vk-id-77").doesNotContain("Мария", "+79001234567", "ул. Мира", "photo");
    }

    @Test
    void beforeRoutingDecidesThereIsNoPlacement() {
        AppealView view = AppealViews.of(history(), false);

        assertThat(view.status()).isEqualTo(AppealStatus.RECEIVED);
        assertThat(view.category()).isNull();
        assertThat(view.department()).isNull();
        assertThat(view.timeline()).extracting(TimelineEntry::type).containsExactly(EntryType.RECEIVED);
    }

    @Test
    void theDepartmentsFirstMoveArrivingBeforeRoutingsDecisionAlreadyNamesTheDepartment() {
        AppealView view = AppealViews.of(history(Events.moved(appealId, null, WorkflowState.ASSIGNED,
                WorkflowStep.ASSIGN, T0.plusSeconds(2))), true);

        assertThat(view.status()).isEqualTo(AppealStatus.ASSIGNED);
        assertThat(view.department()).isEqualTo(new AppealView.DepartmentRef("mikhailovka-roads", null));
    }

    @Test
    void anAppealInTriageHasNoDepartment() {
        AppealView view = AppealViews.of(history(Events.triage(appealId, T0.plusSeconds(1))), true);

        assertThat(view.status()).isEqualTo(AppealStatus.TRIAGE);
        assertThat(view.department()).isNull();
        assertThat(view.municipality().name()).isEqualTo("Муниципалитет не определён");
        assertThat(view.timeline().get(1).type()).isEqualTo(EntryType.TRIAGE);
    }

    @Test
    void eventsOfAnAppealNotRegisteredHereAreShownWithoutRegistrationData() {
        var history = new AppealHistory(appealId, null, List.of(Events.assigned(appealId, T0)));

        AppealView view = AppealViews.of(history, true);

        assertThat(view.channel()).isNull();
        assertThat(view.author()).isNull();
        assertThat(view.status()).isEqualTo(AppealStatus.ASSIGNED);
        assertThat(view.timeline()).hasSize(1);
    }

    @Test
    void anInterimAnswerShowsTheDatePromisedForTheFinalOne() {
        var interim = Events.interim(appealId, T0.plusSeconds(60), LocalDate.of(2026, 11, 25));

        TimelineEntry entry = AppealViews.of(history(interim), false).timeline().get(1);

        assertThat(entry.summary()).startsWith("Промежуточный ответ").contains("25.11.2026");
        assertThat(entry.promisedBy()).isEqualTo(LocalDate.of(2026, 11, 25));
    }

    @Test
    void aQuestionToTheResidentIsNamedAsSuch() {
        var question = Events.answered(appealId, AnswerKind.CLARIFICATION, T0.plusSeconds(60));

        AppealView view = AppealViews.of(history(question), false);

        assertThat(view.status()).isEqualTo(AppealStatus.AWAITING_CLARIFICATION);
        assertThat(view.timeline().get(1).summary()).startsWith("Вопрос заявителю");
    }

    @Test
    void workflowMovesAndMissedDeadlinesShowInDeadlinesOverdueIncidentAndTimeline() {
        UUID incident = UUID.randomUUID();
        var deadlines = new Deadlines(T0.plusSeconds(3600), T0.plusSeconds(30 * 86400));
        var overdue = Events.overdue(appealId, DeadlineKind.FIRST_REACTION, T0.plusSeconds(3600), T0.plusSeconds(3605));

        AppealView view = AppealViews.of(history(Events.assigned(appealId, T0.plusSeconds(60)),
                Events.movedWith(appealId, WorkflowState.IN_PROGRESS, deadlines, incident, T0.plusSeconds(7200)), overdue),
                true);

        assertThat(view.status()).isEqualTo(AppealStatus.IN_PROGRESS);
        assertThat(view.deadlines()).isEqualTo(deadlines);
        assertThat(view.incidentId()).isEqualTo(incident);
        assertThat(view.overdue()).containsExactly(new AppealView.OverdueFlag(DeadlineKind.FIRST_REACTION,
                T0.plusSeconds(3600), T0.plusSeconds(3605), "mikhailovka-roads"));
        assertThat(view.timeline()).extracting(TimelineEntry::type).containsExactly(EntryType.RECEIVED,
                EntryType.ASSIGNED, EntryType.OVERDUE, EntryType.STATE_CHANGED);
        // 09:15 UTC is 12:15 in Volgograd
        assertThat(view.timeline().get(2).summary()).isEqualTo("Просрочен срок первой реакции: до 20.11.2026 12:15 (Волгоград)");
        assertThat(view.timeline().get(3).summary()).isEqualTo("Статус в ведомстве: в работе (принято в работу)");
        assertThat(view.timeline().get(3).state()).isEqualTo(WorkflowState.IN_PROGRESS);
    }

    @Test
    void theResidentsFeedbackShowsItsRatingAndWords() {
        var feedback = Events.feedback(appealId, 2, false, T0.plusSeconds(600));

        TimelineEntry entry = AppealViews.of(history(feedback), false).timeline().get(1);

        assertThat(entry.type()).isEqualTo(EntryType.RESPONDED);
        assertThat(entry.summary()).isEqualTo("Оценка ответа: 2/5, проблема не решена");
        assertThat(entry.text()).contains("снова провал");
        assertThat(entry.rating()).isEqualTo(2);
    }

    @Test
    void anAppealWithoutWorkflowEventsHasNoIncidentAndNothingOverdue() {
        String json = Samples.JSON.writeValueAsString(AppealViews.of(fullHistory(), false));

        assertThat(Samples.read(json).get("overdue").isEmpty()).isTrue();
        assertThat(Samples.read(json).has("incidentId")).isFalse();
    }

    @Test
    void staffSeeWhoDidEachStepAChannelOnlyTheRoleAndAnOlderEventNamesNobody() {
        var accepted = Events.moved(appealId, WorkflowState.ASSIGNED, WorkflowState.IN_PROGRESS, WorkflowStep.ACCEPT,
                T0.plusSeconds(90));
        var byPerson = new org.appeals.contracts.AppealStateChanged(accepted.schemaVersion(), accepted.eventId(),
                appealId, accepted.occurredAt(), accepted.departmentId(), accepted.from(), accepted.to(),
                accepted.step(), null, null, new org.appeals.contracts.Actor("roads-mikhailovka", "DEPARTMENT"));
        AppealHistory history = history(byPerson, Events.assigned(appealId, T0.plusSeconds(60)));

        TimelineEntry forStaff = AppealViews.of(history, true).timeline().get(2);
        TimelineEntry forChannel = AppealViews.of(history, false).timeline().get(2);

        assertThat(forStaff.actor()).isEqualTo(new TimelineEntry.ActorView("roads-mikhailovka", "DEPARTMENT"));
        assertThat(forChannel.actor()).isEqualTo(new TimelineEntry.ActorView(null, "DEPARTMENT"));
        assertThat(Samples.JSON.writeValueAsString(forChannel)).doesNotContain("roads-mikhailovka", "\"id\"");
        assertThat(AppealViews.of(history, true).timeline().get(1).actor()).as("written before actors").isNull();
    }

    private AppealHistory fullHistory() {
        return history(Events.notified(appealId, AnswerKind.FINAL, DeliveryOutcome.DELIVERED, T0.plusSeconds(180)),
                Events.answered(appealId, AnswerKind.FINAL, T0.plusSeconds(120)),
                Events.assigned(appealId, T0.plusSeconds(60)));
    }

    private AppealHistory history(AppealEvent... events) {
        return new AppealHistory(appealId, Events.received(appealId, T0), List.of(events));
    }
}
