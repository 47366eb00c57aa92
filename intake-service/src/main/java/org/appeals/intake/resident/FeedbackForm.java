package org.appeals.intake.resident;

/**
 * The body of {@code POST /api/v1/public/appeals/{number}/feedback}, as sent: the access code, the final answer rated,
 * a rating from 1 to 5, whether the problem is solved, and an optional comment.
 */
record FeedbackForm(String code, String answerId, Integer rating, Boolean solved, String comment) {

    /** Leaves out the code and the resident's words. */
    @Override
    public String toString() {
        return "FeedbackForm[answerId=" + answerId + ", rating=" + rating + ", solved=" + solved + "]";
    }
}
