package org.appeals.intake.open311;

import org.appeals.intake.appeal.AppealStatus;

/** Where a request stands, in Russian, for {@code status_notes}: our words, never the department's text. */
final class StatusNotes {

    private StatusNotes() {
    }

    static String of(AppealStatus status) {
        return switch (status) {
            case RECEIVED -> "Обращение зарегистрировано";
            case TRIAGE -> "Оператор ЦУР определяет ответственное ведомство";
            case ASSIGNED -> "Передано в ответственное ведомство";
            case IN_PROGRESS -> "Ведомство работает над обращением";
            case AWAITING_CLARIFICATION -> "Ведомство ждёт уточнения от заявителя";
            case IN_REVIEW, RETURNED_FOR_REWORK -> "Ответ ведомства проверяется в ЦУР";
            case ANSWERED -> "Дан окончательный ответ";
            case REDIRECTED -> "Обращение передаётся в другое ведомство";
            case NOTIFIED -> "Окончательный ответ направлен заявителю";
            case DELIVERY_FAILED -> "Дан окончательный ответ; доставить его заявителю не удалось";
            case CLOSED -> "Обращение закрыто";
            case REOPENED -> "Заявитель сообщил, что проблема не решена; обращение снова в работе";
        };
    }
}
