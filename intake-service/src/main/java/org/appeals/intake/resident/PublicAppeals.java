package org.appeals.intake.resident;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.appeals.contracts.AnswerKind;
import org.appeals.contracts.AppealAnswered;
import org.appeals.contracts.AppealAssigned;
import org.appeals.contracts.AppealEvent;
import org.appeals.contracts.AppealReceived;
import org.appeals.contracts.Deadlines;
import org.appeals.contracts.Municipality;
import org.appeals.contracts.ResidentResponded;
import org.appeals.contracts.RoutingOutcome;
import org.appeals.intake.appeal.AppealHistory;
import org.appeals.intake.appeal.AppealStatus;
import org.appeals.intake.resident.PublicAppeal.Answer;
import org.appeals.intake.resident.PublicAppeal.Feedback;
import org.appeals.intake.resident.PublicAppeal.Given;
import org.appeals.intake.resident.PublicAppeal.Step;

/**
 * Builds the public view of an appeal from what intake knows of it. Only what is listed in {@link PublicAppeal} is
 * taken from the events: nothing of the author, the reply address, the text or the location of the appeal, and no
 * actor.
 */
final class PublicAppeals {

    private PublicAppeals() {
    }

    /** {@code history} of a registered appeal ({@code received} not null). */
    static PublicAppeal of(AppealHistory history, Duration feedbackWindow, Instant now) {
        AppealReceived received = history.received();
        Optional<AppealAssigned> placed = history.latestAssignment()
                .filter(assigned -> assigned.outcome() == RoutingOutcome.ASSIGNED);
        AppealStatus status = history.status();
        List<AppealAnswered> answers = answers(history);
        return new PublicAppeal(received.registrationNumber(), StatusWords.publicStatus(status),
                StatusWords.text(status),
                placed.map(assigned -> assigned.category()).map(Enum::name).orElse(null),
                placed.map(assigned -> assigned.category()).map(category -> category.displayName()).orElse(null),
                municipality(history),
                placed.map(AppealAssigned::departmentName).orElseGet(() -> lastDepartmentName(answers)),
                received.receivedAt(),
                history.deadlines().map(Deadlines::answerDue).orElse(null),
                pendingPromise(answers),
                status == AppealStatus.CLOSED,
                timeline(history),
                answers.stream().map(PublicAppeals::answer).toList(),
                FinalAnswerFeedback.of(history, feedbackWindow).map(feedback -> feedback(feedback, now)).orElse(null));
    }

    /** The interim and final answers, as they were sent; questions and redirects are steps, not answers. */
    private static List<AppealAnswered> answers(AppealHistory history) {
        List<AppealAnswered> answers = new ArrayList<>();
        for (AppealEvent event : history.events()) {
            if (event instanceof AppealAnswered answered
                    && (answered.kind() == AnswerKind.INTERIM || answered.kind() == AnswerKind.FINAL)) {
                answers.add(answered);
            }
        }
        return answers;
    }

    /** Where routing last placed it, for triage too, when it could tell. */
    private static String municipality(AppealHistory history) {
        return history.latestAssignment().map(AppealAssigned::municipality)
                .filter(municipality -> municipality != Municipality.UNKNOWN)
                .map(Municipality::displayName).orElse(null);
    }

    private static String lastDepartmentName(List<AppealAnswered> answers) {
        return answers.isEmpty() ? null : answers.get(answers.size() - 1).departmentName();
    }

    /** The date the latest interim answer promised, unless a final answer came after it. */
    private static LocalDate pendingPromise(List<AppealAnswered> answers) {
        if (answers.isEmpty()) {
            return null;
        }
        AppealAnswered last = answers.get(answers.size() - 1);
        return last.kind() == AnswerKind.INTERIM ? last.promisedBy() : null;
    }

    private static List<Step> timeline(AppealHistory history) {
        List<Step> steps = new ArrayList<>();
        for (AppealEvent event : history.timeline()) {
            PublicSteps.of(event).ifPresent(text -> steps.add(new Step(event.occurredAt(), text)));
        }
        return steps;
    }

    private static Answer answer(AppealAnswered answered) {
        return new Answer(answered.answerId(), answered.kind(), answered.text(), answered.occurredAt(),
                answered.departmentName(), answered.promisedBy());
    }

    private static Feedback feedback(FinalAnswerFeedback feedback, Instant now) {
        ResidentResponded given = feedback.given();
        return new Feedback(feedback.answer().answerId(), feedback.open(now), feedback.until(), given == null ? null
                : new Given(given.rating(), given.solved(), given.text(), given.occurredAt()));
    }
}
