package org.appeals.intake.view;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.appeals.contracts.AppealOverdue;
import org.appeals.contracts.AppealStateChanged;
import org.appeals.contracts.DeadlineKind;
import org.appeals.contracts.WorkflowState;
import org.appeals.contracts.WorkflowStep;
import org.appeals.intake.view.TimelineEntry.EntryType;

/** Timeline entries for the department's workflow moves and missed deadlines, in Russian. */
final class WorkflowEntries {

    /** Deadlines are set in the region's working time, so they read best in its zone. */
    private static final DateTimeFormatter REGION_TIME =
            DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZoneId.of("Europe/Volgograd"));

    private WorkflowEntries() {
    }

    static TimelineEntry stateChanged(AppealStateChanged changed) {
        String summary = "Статус в ведомстве: " + state(changed.to())
                + (changed.step() == null ? "" : " (" + step(changed.step()) + ")");
        return TimelineEntry.of(changed.eventId(), EntryType.STATE_CHANGED, changed.occurredAt(), summary)
                .withState(changed.to());
    }

    static TimelineEntry overdue(AppealOverdue overdue) {
        String summary = "Просрочен " + deadline(overdue.deadline()) + ": до " + regionTime(overdue.dueAt())
                + " (Волгоград)";
        return TimelineEntry.of(overdue.eventId(), EntryType.OVERDUE, overdue.occurredAt(), summary)
                .withDeadline(overdue.deadline(), overdue.dueAt());
    }

    static String regionTime(Instant instant) {
        return REGION_TIME.format(instant);
    }

    private static String deadline(DeadlineKind kind) {
        return switch (kind) {
            case FIRST_REACTION -> "срок первой реакции";
            case ANSWER -> "срок ответа";
            case PROMISED -> "срок, обещанный в промежуточном ответе";
        };
    }

    private static String state(WorkflowState state) {
        return switch (state) {
            case ASSIGNED -> "назначено";
            case IN_PROGRESS -> "в работе";
            case AWAITING_CLARIFICATION -> "ожидает уточнения от заявителя";
            case IN_REVIEW -> "ответ на проверке в ЦУР";
            case RETURNED_FOR_REWORK -> "ответ возвращён на доработку";
            case ANSWERED -> "ответ утверждён";
            case NOTIFIED -> "ответ доставлен заявителю";
            case CLOSED -> "закрыто";
            case REDIRECTED -> "отказ: не в компетенции";
            case REOPENED -> "возобновлено";
        };
    }

    private static String step(WorkflowStep step) {
        return switch (step) {
            case ASSIGN -> "назначение";
            case ACCEPT -> "принято в работу";
            case ANSWER_INTERIM -> "промежуточный ответ";
            case ASK_CLARIFICATION -> "вопрос заявителю";
            case RECEIVE_CLARIFICATION -> "получен ответ заявителя";
            case SUBMIT_FOR_REVIEW -> "окончательный ответ отправлен на проверку";
            case ANSWER_FINAL -> "окончательный ответ";
            case APPROVE -> "оператор утвердил ответ";
            case RETURN_FOR_REWORK -> "оператор вернул ответ";
            case REDIRECT -> "ведомство отказалось";
            case NOTIFY -> "ответ доставлен";
            case CONFIRM_SOLVED -> "заявитель подтвердил решение";
            case CLOSE -> "срок для отзыва истёк";
            case REOPEN -> "заявитель сообщил, что проблема не решена";
        };
    }
}
