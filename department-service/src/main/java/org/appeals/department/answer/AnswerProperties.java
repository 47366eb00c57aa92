package org.appeals.department.answer;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Answers.
 *
 * @param maxTextLength longest answer, question or redirect reason, in characters
 */
@ConfigurationProperties("appeals.department.answers")
record AnswerProperties(Integer maxTextLength) {

    AnswerProperties {
        maxTextLength = maxTextLength == null ? 10_000 : maxTextLength;
    }
}
