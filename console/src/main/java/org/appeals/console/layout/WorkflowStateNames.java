package org.appeals.console.layout;

/** Workflow states (contracts' {@code WorkflowState}) in the words of intake's timeline. */
public final class WorkflowStateNames {

    private WorkflowStateNames() {
    }

    public static String name(String state) {
        return switch (state == null ? "" : state) {
            case "ASSIGNED" -> "назначено";
            case "IN_PROGRESS" -> "в работе";
            case "AWAITING_CLARIFICATION" -> "ожидает уточнения от заявителя";
            case "IN_REVIEW" -> "ответ на проверке в ЦУР";
            case "RETURNED_FOR_REWORK" -> "ответ возвращён на доработку";
            case "ANSWERED" -> "ответ утверждён";
            case "NOTIFIED" -> "ответ доставлен заявителю";
            case "CLOSED" -> "закрыто";
            case "REDIRECTED" -> "отказ: не в компетенции";
            case "REOPENED" -> "возобновлено";
            default -> state == null ? "—" : state;
        };
    }
}
