package org.appeals.department.deadline;

import java.time.Instant;
import java.time.LocalDate;
import org.appeals.contracts.Deadlines;

/** Computes an appeal's deadlines from the rules and the working-time calendar. */
public final class DeadlineCalculator {

    private final WorkingTime workingTime;
    private final DeadlineRules rules;

    /** A calculator on the given calendar arithmetic and rules. */
    public DeadlineCalculator(WorkingTime workingTime, DeadlineRules rules) {
        this.workingTime = workingTime;
        this.rules = rules;
    }

    /** Deadlines at assignment: the first reaction, and the final answer when the law fixes one (59-ФЗ). */
    public Deadlines compute(AppealProfile appeal, Instant registeredAt, Instant assignedAt) {
        DeadlineTerms terms = rules.termsFor(appeal);
        Instant firstReaction = workingTime.plusWorkingHours(assignedAt, terms.firstReaction());
        return new Deadlines(firstReaction, legalAnswerDue(terms, registeredAt));
    }

    /**
     * Deadlines after an interim answer: the final answer is due the set number of working days later, but never
     * after the legal deadline of a formal appeal, which an interim answer does not extend.
     */
    public Deadlines afterInterim(AppealProfile appeal, Deadlines current, Instant registeredAt, Instant interimAt) {
        DeadlineTerms terms = rules.termsFor(appeal);
        Instant answerDue = workingTime.plusWorkingDays(interimAt, terms.answerWorkingDaysAfterInterim());
        Instant legal = legalAnswerDue(terms, registeredAt);
        if (legal != null && legal.isBefore(answerDue)) {
            answerDue = legal;
        }
        return new Deadlines(current == null ? null : current.firstReactionDue(), answerDue);
    }

    /** The legal term (59-ФЗ) of an appeal registered at {@code registeredAt}; null when the law sets none. */
    public Instant legalTerm(AppealProfile appeal, Instant registeredAt) {
        return legalAnswerDue(rules.termsFor(appeal), registeredAt);
    }

    /**
     * The deadline a date promised in an interim answer sets: the end of that day, or the legal term where that
     * falls earlier on the same day. A date after the legal term's day is refused ({@link PromiseBeyondLegalTerm}):
     * an interim answer never extends the term of a written appeal.
     */
    public Instant promisedDue(AppealProfile appeal, Instant registeredAt, LocalDate promisedBy) {
        Instant endOfDay = workingTime.endOfDay(promisedBy);
        Instant legal = legalTerm(appeal, registeredAt);
        if (legal == null) {
            return endOfDay;
        }
        LocalDate legalDate = workingTime.dateOf(legal);
        if (promisedBy.isAfter(legalDate)) {
            throw new PromiseBeyondLegalTerm(promisedBy, legal, legalDate);
        }
        return legal.isBefore(endOfDay) ? legal : endOfDay;
    }

    private Instant legalAnswerDue(DeadlineTerms terms, Instant registeredAt) {
        Integer days = terms.answerCalendarDays();
        return days == null ? null : workingTime.plusCalendarDays(registeredAt, days);
    }
}
