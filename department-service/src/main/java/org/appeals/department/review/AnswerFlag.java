package org.appeals.department.review;

/**
 * One problem found in an answer.
 *
 * @param code what kind of problem
 * @param message what the department should fix, in Russian
 * @param fragment the words that raised the flag; {@code null} for personal data, which is never repeated
 */
public record AnswerFlag(FlagCode code, String message, String fragment) {
}
