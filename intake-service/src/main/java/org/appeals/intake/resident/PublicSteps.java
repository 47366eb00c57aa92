package org.appeals.intake.resident;

import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.AppealAnswered;
import org.appeals.contracts.AppealAssigned;
import org.appeals.contracts.AppealEvent;
import org.appeals.contracts.AppealNotified;
import org.appeals.contracts.AppealReceived;
import org.appeals.contracts.AppealStateChanged;
import org.appeals.contracts.DeliveryOutcome;
import org.appeals.contracts.ResidentResponded;
import org.appeals.contracts.ResponseKind;
import org.appeals.contracts.RoutingMethod;
import org.appeals.contracts.RoutingOutcome;
import org.appeals.contracts.WorkflowStep;

/**
 * The steps of an appeal a resident is told about, in Russian. The centre's review of answers, missed deadlines,
 * failed deliveries and workflow moves that repeat an answer are left out; no step names a person, and none repeats
 * what the resident wrote.
 */
final class PublicSteps {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private PublicSteps() {
    }

    /** The step's words, or empty when the event is not a public step. */
    static Optional<String> of(AppealEvent event) {
        if (event instanceof AppealReceived) {
            return Optional.of("Обращение зарегистрировано");
        }
        if (event instanceof AppealAssigned assigned) {
            return Optional.of(assigned(assigned));
        }
        if (event instanceof AppealAnswered answered) {
            return Optional.of(answered(answered));
        }
        if (event instanceof AppealStateChanged changed) {
            return Optional.ofNullable(changed.step() == null ? null : moved(changed.step()));
        }
        if (event instanceof AppealNotified notified) {
            return notified.answerKind() == AnswerKind.FINAL && notified.outcome() == DeliveryOutcome.DELIVERED
                    ? Optional.of("Ответ отправлен вам") : Optional.empty();
        }
        if (event instanceof ResidentResponded responded) {
            return Optional.of(responded.kind() == ResponseKind.FEEDBACK
                    ? "Вы оценили ответ: " + responded.rating() + " из 5" : "Вы ответили на вопрос");
        }
        return Optional.empty(); // missed deadlines are the centre's to watch
    }

    /** Only the moves no answer already tells of. */
    private static String moved(WorkflowStep step) {
        return switch (step) {
            case ACCEPT -> "Принято в работу";
            case RECEIVE_CLARIFICATION -> "Ваше уточнение получено";
            case CONFIRM_SOLVED -> "Вы подтвердили, что проблема решена; обращение закрыто";
            case CLOSE -> "Обращение закрыто";
            case REOPEN -> "Обращение возобновлено: вы сообщили, что проблема не решена";
            default -> null;
        };
    }

    private static String assigned(AppealAssigned assigned) {
        if (assigned.outcome() == RoutingOutcome.TRIAGE) {
            return "Обращение разбирает оператор: определяется, кто будет отвечать";
        }
        String to = assigned.departmentName() == null ? "" : ": " + assigned.departmentName();
        return (assigned.method() == RoutingMethod.REDIRECT ? "Передано другому исполнителю" : "Передано исполнителю")
                + to;
    }

    private static String answered(AppealAnswered answered) {
        return switch (answered.kind()) {
            case INTERIM -> "Дан промежуточный ответ" + (answered.promisedBy() == null ? ""
                    : "; окончательный обещан до " + DATE.format(answered.promisedBy()));
            case FINAL -> "Дан окончательный ответ";
            case CLARIFICATION -> "Исполнитель задал вам вопрос";
            case REDIRECT -> "Исполнитель сообщил, что вопрос не в его ведении; обращение передаётся дальше";
        };
    }
}
