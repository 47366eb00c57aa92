package org.appeals.intake.resident;

import org.appeals.intake.appeal.AppealStatus;

/**
 * The status as the resident is told it: plain Russian words, and the centre's review of an answer shown as work in
 * progress (whether an answer is being checked, or was sent back, is the platform's own business).
 */
final class StatusWords {

    private StatusWords() {
    }

    static AppealStatus publicStatus(AppealStatus status) {
        return switch (status) {
            case IN_REVIEW, RETURNED_FOR_REWORK -> AppealStatus.IN_PROGRESS;
            default -> status;
        };
    }

    static String text(AppealStatus status) {
        return switch (status) {
            case RECEIVED -> "Зарегистрировано";
            case TRIAGE -> "Определяется, кто будет отвечать";
            case ASSIGNED -> "Передано исполнителю";
            case IN_PROGRESS, IN_REVIEW, RETURNED_FOR_REWORK -> "В работе";
            case AWAITING_CLARIFICATION -> "Ждём вашего уточнения";
            case ANSWERED, DELIVERY_FAILED -> "Дан ответ";
            case REDIRECTED -> "Передаётся другому исполнителю";
            case NOTIFIED -> "Ответ отправлен вам";
            case CLOSED -> "Закрыто";
            case REOPENED -> "Возобновлено: вы сообщили, что проблема не решена";
        };
    }
}
