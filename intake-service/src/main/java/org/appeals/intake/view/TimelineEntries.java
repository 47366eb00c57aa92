package org.appeals.intake.view;

import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.appeals.contracts.Actor;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.AppealAnswered;
import org.appeals.contracts.AppealAssigned;
import org.appeals.contracts.AppealEvent;
import org.appeals.contracts.AppealNotified;
import org.appeals.contracts.AppealOverdue;
import org.appeals.contracts.AppealReceived;
import org.appeals.contracts.AppealStateChanged;
import org.appeals.contracts.DeliveryOutcome;
import org.appeals.contracts.ResidentResponded;
import org.appeals.contracts.ResponseKind;
import org.appeals.contracts.RoutingMethod;
import org.appeals.contracts.RoutingOutcome;
import org.appeals.intake.view.AppealView.CodeName;
import org.appeals.intake.view.TimelineEntry.ActorView;
import org.appeals.intake.view.TimelineEntry.EntryType;

/** Turns each event into a timeline entry with a short summary in Russian, for the people who read it. */
final class TimelineEntries {

    private static final String UNKNOWN = "—";
    private static final DateTimeFormatter PROMISE_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private TimelineEntries() {
    }

    /** The entry with who acted: names for staff, roles alone for a channel (its residents learn no staff names). */
    static TimelineEntry of(AppealEvent event, boolean staff) {
        return of(event).withActor(ActorView.of(actor(event), staff));
    }

    private static Actor actor(AppealEvent event) {
        if (event instanceof AppealAssigned assigned) {
            return assigned.actor();
        }
        if (event instanceof AppealAnswered answered) {
            return answered.actor();
        }
        return event instanceof AppealStateChanged changed ? changed.actor() : null;
    }

    static TimelineEntry of(AppealEvent event) {
        if (event instanceof AppealReceived received) {
            return TimelineEntry.of(received.eventId(), EntryType.RECEIVED, received.occurredAt(),
                    "Обращение получено: " + received.channel().displayName());
        }
        if (event instanceof AppealAssigned assigned) {
            return assigned(assigned);
        }
        if (event instanceof AppealAnswered answered) {
            return answered(answered);
        }
        if (event instanceof AppealStateChanged changed) {
            return WorkflowEntries.stateChanged(changed);
        }
        if (event instanceof AppealOverdue overdue) {
            return WorkflowEntries.overdue(overdue);
        }
        if (event instanceof ResidentResponded responded) {
            return responded(responded);
        }
        return notified((AppealNotified) event);
    }

    private static TimelineEntry assigned(AppealAssigned assigned) {
        if (assigned.outcome() == RoutingOutcome.TRIAGE) {
            return TimelineEntry.of(assigned.eventId(), EntryType.TRIAGE, assigned.occurredAt(),
                    "Передано на ручной разбор оператору ЦУР");
        }
        String how = assigned.method() == RoutingMethod.REDIRECT ? "Переназначено" : "Назначено";
        return TimelineEntry.of(assigned.eventId(), EntryType.ASSIGNED, assigned.occurredAt(),
                how + ": " + Objects.toString(assigned.departmentName(), UNKNOWN)
                        + " (" + name(CodeNames.category(assigned.category()))
                        + ", " + name(CodeNames.municipality(assigned.municipality())) + ")");
    }

    private static TimelineEntry answered(AppealAnswered answered) {
        String promise = answered.promisedBy() == null
                ? "" : ", окончательный ответ обещан до " + PROMISE_DATE.format(answered.promisedBy());
        return TimelineEntry.of(answered.eventId(), EntryType.ANSWERED, answered.occurredAt(),
                        answerName(answered.kind()) + ": " + Objects.toString(answered.departmentName(), UNKNOWN)
                                + promise)
                .withAnswer(answered.kind(), answered.text(), answered.promisedBy());
    }

    private static TimelineEntry notified(AppealNotified notified) {
        String delivered = notified.outcome() == DeliveryOutcome.DELIVERED ? "доставлен" : "не удалось доставить";
        String channel = notified.channel() == null ? UNKNOWN : notified.channel().displayName();
        return TimelineEntry.of(notified.eventId(), EntryType.NOTIFIED, notified.occurredAt(),
                        answerName(notified.answerKind()) + " — " + delivered + " (" + channel + ")")
                .withAnswer(notified.answerKind(), null, null)
                .withOutcome(notified.outcome());
    }

    /** The resident's words are shown: only the owning channel and staff ever get this view. */
    private static TimelineEntry responded(ResidentResponded responded) {
        String summary = responded.kind() == ResponseKind.CLARIFICATION
                ? "Ответ заявителя на вопрос"
                : "Оценка ответа: " + Objects.toString(responded.rating(), UNKNOWN) + "/5, "
                        + (Boolean.TRUE.equals(responded.solved()) ? "проблема решена" : "проблема не решена");
        return TimelineEntry.of(responded.eventId(), EntryType.RESPONDED, responded.occurredAt(), summary)
                .withResponse(responded.text(), responded.rating(), responded.solved());
    }

    private static String answerName(AnswerKind kind) {
        return switch (kind) {
            case INTERIM -> "Промежуточный ответ";
            case FINAL -> "Окончательный ответ";
            case REDIRECT -> "Отказ: не в компетенции";
            case CLARIFICATION -> "Вопрос заявителю";
        };
    }

    private static String name(CodeName codeName) {
        return codeName == null ? UNKNOWN : codeName.name();
    }
}
