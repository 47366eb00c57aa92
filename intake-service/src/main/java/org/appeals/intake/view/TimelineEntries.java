package org.appeals.intake.view;

import java.util.Objects;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.AppealAnswered;
import org.appeals.contracts.AppealAssigned;
import org.appeals.contracts.AppealEvent;
import org.appeals.contracts.AppealNotified;
import org.appeals.contracts.AppealReceived;
import org.appeals.contracts.DeliveryOutcome;
import org.appeals.contracts.RoutingMethod;
import org.appeals.contracts.RoutingOutcome;
import org.appeals.intake.view.AppealView.CodeName;
import org.appeals.intake.view.TimelineEntry.EntryType;

/** Turns each event into a timeline entry with a short summary in Russian, for the people who read it. */
final class TimelineEntries {

    private static final String UNKNOWN = "—";

    private TimelineEntries() {
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
        return new TimelineEntry(answered.eventId(), EntryType.ANSWERED, answered.occurredAt(),
                answerName(answered.kind()) + ": " + Objects.toString(answered.departmentName(), UNKNOWN),
                answered.kind(), answered.text(), null);
    }

    private static TimelineEntry notified(AppealNotified notified) {
        String delivered = notified.outcome() == DeliveryOutcome.DELIVERED ? "доставлен" : "не удалось доставить";
        String channel = notified.channel() == null ? UNKNOWN : notified.channel().displayName();
        return new TimelineEntry(notified.eventId(), EntryType.NOTIFIED, notified.occurredAt(),
                answerName(notified.answerKind()) + " — " + delivered + " (" + channel + ")",
                notified.answerKind(), null, notified.outcome());
    }

    private static String answerName(AnswerKind kind) {
        return switch (kind) {
            case INTERIM -> "Промежуточный ответ";
            case FINAL -> "Окончательный ответ";
            case REDIRECT -> "Отказ: не в компетенции";
        };
    }

    private static String name(CodeName codeName) {
        return codeName == null ? UNKNOWN : codeName.name();
    }
}
