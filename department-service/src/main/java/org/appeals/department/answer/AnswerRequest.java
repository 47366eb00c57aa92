package org.appeals.department.answer;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.appeals.contracts.AnswerKind;
import org.appeals.support.web.ApiException;

/** Body of {@code POST …/answers}; read as plain strings so that every mistake gets its own clear 400. */
public record AnswerRequest(String kind, String text, String promisedBy) {

    /** INTERIM or FINAL; a question and a redirect have their own endpoints. */
    public AnswerKind validKind() {
        if (kind == null || kind.isBlank()) {
            throw ApiException.badRequest("kind is required: INTERIM or FINAL.");
        }
        return switch (kind.trim().toUpperCase(Locale.ROOT)) {
            case "INTERIM" -> AnswerKind.INTERIM;
            case "FINAL" -> AnswerKind.FINAL;
            default -> throw ApiException.badRequest(
                    "kind must be INTERIM or FINAL (a question goes to …/clarification, a redirect to …/redirect).");
        };
    }

    /**
     * The promised date of an interim answer: required, ISO (2026-12-15), not in the past ({@link PromisedDateProblem});
     * an interim answer without a date is exactly the "we will look into it" the centres return. Whether it is within
     * the appeal's legal term is the appeal's to say ({@link Answering}).
     */
    public LocalDate validPromisedBy(AnswerKind kind, LocalDate today) {
        if (kind != AnswerKind.INTERIM) {
            if (promisedBy != null) {
                throw ApiException.badRequest("promisedBy belongs to INTERIM answers only.");
            }
            return null;
        }
        if (promisedBy == null || promisedBy.isBlank()) {
            throw ApiException.badRequest("promisedBy is required for an INTERIM answer: the date (YYYY-MM-DD) by "
                    + "which the final answer will be given.");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(promisedBy.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("promisedBy must be a date as YYYY-MM-DD.");
        }
        if (date.isBefore(today)) {
            throw PromisedDateProblem.inThePast(date, today);
        }
        return date;
    }
}
