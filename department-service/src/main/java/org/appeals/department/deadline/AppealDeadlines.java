package org.appeals.department.deadline;

import java.time.Instant;
import java.time.LocalDate;
import org.appeals.contracts.Category;
import org.appeals.contracts.Channel;
import org.appeals.contracts.Deadlines;
import org.appeals.department.appeal.Answer;
import org.appeals.department.appeal.Assignment;
import org.appeals.department.appeal.Content;
import org.appeals.department.appeal.Promise;
import org.appeals.text.RussianText;
import org.springframework.stereotype.Component;

/** The deadlines of an appeal at each point of the workflow that sets them, from the rules and the calendar. */
@Component
public class AppealDeadlines {

    private final DeadlineCalculator calculator;
    private final DeadlinePolicyProperties policy;

    AppealDeadlines(DeadlineCalculator calculator, DeadlinePolicyProperties policy) {
        this.calculator = calculator;
        this.policy = policy;
    }

    /** When the appeal enters a department's inbox (or comes back to it reopened) at {@code at}. */
    public Deadlines atAssignment(Content content, Assignment assignment, Instant at) {
        Instant registered = content == null || content.receivedAt() == null ? at : content.receivedAt();
        return calculator.compute(profile(content, assignment), registered, at);
    }

    /** A reopened appeal is a new round: a new first reaction, and the legal term counted again from the reopening. */
    public Deadlines atReopen(Content content, Assignment assignment, Instant at) {
        return calculator.compute(profile(content, assignment), at, at);
    }

    /** After the department reacted (accepted, answered in the interim, or got the resident's clarification). */
    public Deadlines afterReaction(Content content, Assignment assignment, Deadlines current, Instant at) {
        Instant registered = content == null || content.receivedAt() == null ? at : content.receivedAt();
        return calculator.afterInterim(profile(content, assignment), current, registered, at);
    }

    /**
     * The promise of an interim answer ({@code answer}) to give the final one by {@code promisedBy}, held as a
     * deadline; throws {@link PromiseBeyondLegalTerm} when the date is after the legal term of a written appeal.
     */
    public Promise promise(Content content, Assignment assignment, LocalDate promisedBy, Answer answer) {
        Instant at = answer.answeredAt();
        Instant registered = content == null || content.receivedAt() == null ? at : content.receivedAt();
        Instant due = calculator.promisedDue(profile(content, assignment), registered, promisedBy);
        return new Promise(promisedBy, due, answer.answerId(), at);
    }

    AppealProfile profile(Content content, Assignment assignment) {
        Channel channel = content == null ? null : content.channel();
        Category category = assignment == null || assignment.category() == null ? Category.OTHER
                : assignment.category();
        boolean formal = channel != null && policy.formalChannels().contains(channel);
        return new AppealProfile(channel, category, urgent(content, category) ? Priority.URGENT : Priority.NORMAL,
                formal);
    }

    private boolean urgent(Content content, Category category) {
        if (policy.urgentCategories().contains(category)) {
            return true;
        }
        if (content == null || content.text() == null) {
            return false;
        }
        // looked for anywhere, not as stems: the words are beginnings ("затоп": затопило, затопление) and phrases
        String text = RussianText.normalise(content.text());
        return policy.urgentWords().stream().anyMatch(text::contains);
    }
}
