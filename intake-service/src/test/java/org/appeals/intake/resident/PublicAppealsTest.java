package org.appeals.intake.resident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.AppealAnswered;
import org.appeals.contracts.AppealEvent;
import org.appeals.contracts.AppealNotified;
import org.appeals.contracts.Channel;
import org.appeals.contracts.DeadlineKind;
import org.appeals.contracts.DeliveryOutcome;
import org.appeals.contracts.WorkflowState;
import org.appeals.contracts.WorkflowStep;
import org.appeals.intake.appeal.AppealHistory;
import org.appeals.intake.appeal.AppealStatus;
import org.appeals.intake.support.Events;
import org.junit.jupiter.api.Test;

class PublicAppealsTest {

    private static final Instant T0 = Events.T0;
    private static final Duration WINDOW = Duration.ofDays(10);
    private final UUID appealId = UUID.randomUUID();

    @Test
    void theCentresReviewAndMissedDeadlinesAreNoPublicStepsAndReviewReadsAsWork() {
        PublicAppeal view = view(T0.plusSeconds(3600), Events.assigned(appealId, T0),
                Events.moved(appealId, WorkflowState.ASSIGNED, WorkflowState.IN_PROGRESS, WorkflowStep.ACCEPT,
                        T0.plusSeconds(60)),
                Events.overdue(appealId, DeadlineKind.FIRST_REACTION, T0, T0.plusSeconds(90)),
                Events.moved(appealId, WorkflowState.IN_PROGRESS, WorkflowState.IN_REVIEW,
                        WorkflowStep.SUBMIT_FOR_REVIEW, T0.plusSeconds(120)));

        assertThat(view.status()).isEqualTo(AppealStatus.IN_PROGRESS);
        assertThat(view.statusText()).isEqualTo("В работе");
        assertThat(view.timeline()).extracting(PublicAppeal.Step::text).containsExactly("Обращение зарегистрировано",
                "Передано исполнителю: " + Events.ROADS_DEPARTMENT, "Принято в работу");
        assertThat(view.answers()).isEmpty();
        assertThat(view.feedback()).isNull();
    }

    @Test
    void theFeedbackWindowRunsFromTheFinalAnswersDeliveryAndClosesWithFeedback() {
        AppealAnswered last = Events.answered(appealId, AnswerKind.FINAL, T0.plusSeconds(100));
        AppealNotified delivered = new AppealNotified(AppealNotified.SCHEMA_VERSION, UUID.randomUUID(), appealId,
                T0.plusSeconds(200), UUID.randomUUID(), last.answerId(), Channel.VK, AnswerKind.FINAL,
                DeliveryOutcome.DELIVERED, 1, "ok");

        PublicAppeal open = view(T0.plus(WINDOW), Events.assigned(appealId, T0), last, delivered);
        PublicAppeal over = view(T0.plusSeconds(200).plus(WINDOW), Events.assigned(appealId, T0), last, delivered);
        PublicAppeal rated = view(T0.plusSeconds(300), Events.assigned(appealId, T0), last, delivered,
                Events.feedback(appealId, 4, true, T0.plusSeconds(250)));

        assertThat(open.feedback().open()).isTrue();
        assertThat(open.feedback().until()).isEqualTo(T0.plusSeconds(200).plus(WINDOW));
        assertThat(over.feedback().open()).isFalse();
        assertThat(rated.feedback().open()).isFalse();
        assertThat(rated.feedback().given().rating()).isEqualTo(4);
        assertThat(rated.timeline().get(rated.timeline().size() - 1).text()).isEqualTo("Вы оценили ответ: 4 из 5");
    }

    private PublicAppeal view(Instant now, AppealEvent... events) {
        return PublicAppeals.of(new AppealHistory(appealId, Events.received(appealId, T0).numbered("34-2026-000001"),
                List.of(events)), WINDOW, now);
    }
}
