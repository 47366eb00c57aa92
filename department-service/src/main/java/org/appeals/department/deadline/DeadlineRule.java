package org.appeals.department.deadline;

import java.util.Set;
import org.appeals.contracts.Category;
import org.appeals.contracts.Channel;

/**
 * One entry of {@code deadline-rules.json}: criteria (null or empty matches anything) and the terms it sets.
 *
 * @param answerCalendarDays days from registration to the final answer (59-ФЗ), null when not set here
 * @param answerWorkingDaysAfterInterim working days from an interim answer to the final one, null when not set here
 */
record DeadlineRule(String id, Set<Channel> channels, Set<Category> categories, Priority priority, Boolean formal,
        Integer firstReactionWorkingHours, Integer answerCalendarDays, Integer answerWorkingDaysAfterInterim) {

    DeadlineRule {
        channels = channels == null ? Set.of() : Set.copyOf(channels);
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("Every deadline rule needs an id");
        }
        for (Integer term : new Integer[] {firstReactionWorkingHours, answerCalendarDays, answerWorkingDaysAfterInterim}) {
            if (term != null && term < 0) {
                throw new IllegalArgumentException("Deadline rule " + id + " has a negative term");
            }
        }
    }

    boolean matches(AppealProfile appeal) {
        // immutable sets refuse contains(null): an unknown channel matches only rules that name none
        return (channels.isEmpty() || appeal.channel() != null && channels.contains(appeal.channel()))
                && (categories.isEmpty() || categories.contains(appeal.category()))
                && (priority == null || priority == appeal.priority())
                && (formal == null || formal == appeal.formal());
    }

    int specificity() {
        return (channels.isEmpty() ? 0 : 1) + (categories.isEmpty() ? 0 : 1) + (priority == null ? 0 : 1)
                + (formal == null ? 0 : 1);
    }
}
