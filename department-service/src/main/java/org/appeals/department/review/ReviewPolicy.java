package org.appeals.department.review;

import java.util.List;
import org.appeals.department.appeal.Review;
import org.springframework.stereotype.Component;

/** Decides whether a final answer goes to the operators first, and with which flags of the automatic check. */
@Component
public class ReviewPolicy {

    private final AnswerCheck check;
    private final ReviewProperties properties;

    ReviewPolicy(AnswerCheck check, ReviewProperties properties) {
        this.check = check;
        this.properties = properties;
    }

    /** What the automatic check finds in the text, as the department and operators read it. */
    public List<Review.Flag> flags(String text) {
        return check.check(text, CheckContext.none()).flags().stream()
                .map(f -> new Review.Flag(f.code().name(), f.message(), f.fragment())).toList();
    }

    /** A pending review for the answer, or null when it may go straight to the resident. */
    public Review reviewFor(String departmentId, String text) {
        List<Review.Flag> flags = flags(text);
        boolean review = properties.modeOf(departmentId) == ReviewMode.ALWAYS || !flags.isEmpty();
        return review ? Review.pending(flags) : null;
    }
}
