package org.appeals.department.deadline;

import java.time.Duration;

/**
 * The terms that apply to one appeal.
 *
 * @param firstReaction working time from assignment to the first reaction
 * @param answerCalendarDays calendar days from registration to the final answer, or null when the law sets none
 * @param answerWorkingDaysAfterInterim working days from an interim answer to the final one
 */
public record DeadlineTerms(Duration firstReaction, Integer answerCalendarDays, int answerWorkingDaysAfterInterim) {
}
