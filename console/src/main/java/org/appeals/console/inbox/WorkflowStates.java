package org.appeals.console.inbox;

import org.appeals.contracts.WorkflowState;

/** The workflow's states in the words department staff read, and which deadline runs in which state. */
final class WorkflowStates {

    private WorkflowStates() {
    }

    /** The state the API named, or null for one this console does not know (a newer service). */
    static WorkflowState parse(String state) {
        if (state == null) {
            return null;
        }
        try {
            return WorkflowState.valueOf(state);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    static String label(String state) {
        WorkflowState known = parse(state);
        return known == null ? (state == null ? "—" : state) : label(known);
    }

    static String label(WorkflowState state) {
        return switch (state) {
            case ASSIGNED -> "Новое";
            case IN_PROGRESS -> "В работе";
            case AWAITING_CLARIFICATION -> "Ждёт уточнения от жителя";
            case IN_REVIEW -> "Ответ на проверке в центре";
            case RETURNED_FOR_REWORK -> "Возвращено на доработку";
            case ANSWERED -> "Ответ одобрен";
            case NOTIFIED -> "Ответ доставлен жителю";
            case CLOSED -> "Закрыто";
            case REDIRECTED -> "Перенаправлено";
            case REOPENED -> "Открыто повторно";
        };
    }

    /** As department-service's {@code StateMachine.awaitsFirstReaction}. */
    static boolean firstReactionRuns(String state) {
        WorkflowState known = parse(state);
        return known == WorkflowState.ASSIGNED || known == WorkflowState.REOPENED;
    }

    /** As department-service's {@code StateMachine.owesAnswer}: the department holds the appeal and owes the answer. */
    static boolean answerRuns(String state) {
        WorkflowState known = parse(state);
        return known == WorkflowState.ASSIGNED || known == WorkflowState.IN_PROGRESS
                || known == WorkflowState.RETURNED_FOR_REWORK || known == WorkflowState.REOPENED;
    }
}
