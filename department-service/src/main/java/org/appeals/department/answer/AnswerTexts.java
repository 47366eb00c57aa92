package org.appeals.department.answer;

import org.appeals.support.web.ApiException;
import org.springframework.stereotype.Component;

/** Checks the text of an answer or a redirect reason. */
@Component
public class AnswerTexts {

    private final int maxLength;

    AnswerTexts(AnswerProperties properties) {
        this.maxLength = properties.maxTextLength();
    }

    /** The text, if it has something to say and is not longer than the limit; else 400. */
    public String require(String text, String field) {
        if (text == null || text.isBlank()) {
            throw ApiException.badRequest(field + " is required and must not be blank.");
        }
        if (text.codePointCount(0, text.length()) > maxLength) {
            throw ApiException.badRequest(field + " must be at most " + maxLength + " characters.");
        }
        return text;
    }
}
