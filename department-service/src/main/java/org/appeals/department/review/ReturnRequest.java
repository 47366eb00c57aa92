package org.appeals.department.review;

import org.appeals.support.web.ApiException;

/** Body of {@code POST …/return}, for one appeal's answer or an incident's: what the department must fix. */
public record ReturnRequest(String comment) {

    private static final int MAX_COMMENT = 4000;

    /** The comment without surrounding blanks; 400 when there is none or it is too long. */
    public static String validComment(ReturnRequest body) {
        String comment = body == null || body.comment() == null ? "" : body.comment().strip();
        if (comment.isEmpty() || comment.length() > MAX_COMMENT) {
            throw ApiException.badRequest("comment is required (at most " + MAX_COMMENT
                    + " characters): what the department must fix.");
        }
        return comment;
    }
}
