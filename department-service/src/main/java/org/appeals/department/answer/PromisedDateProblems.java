package org.appeals.department.answer;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refused promised date as an RFC 9457 problem with its {@code type}, {@code title}, {@code code} and dates; ahead
 * of the platform's general advice, which would give the detail alone.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PromisedDateProblems {

    @ExceptionHandler(PromisedDateProblem.class)
    ResponseEntity<ProblemDetail> refused(PromisedDateProblem e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setType(e.type());
        problem.setTitle(e.code().equals(PromisedDateProblem.AFTER_LEGAL_TERM)
                ? "Promised date after the legal term" : "Promised date in the past");
        problem.setProperty("code", e.code());
        e.properties().forEach(problem::setProperty);
        return ResponseEntity.status(e.status()).body(problem);
    }
}
