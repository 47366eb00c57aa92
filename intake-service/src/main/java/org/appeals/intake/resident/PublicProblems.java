package org.appeals.intake.resident;

import java.util.List;
import org.appeals.intake.registration.FieldViolation;
import org.appeals.intake.registration.InvalidAppealException;
import org.appeals.support.web.BodyTooLargeException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The public API's own problems, ahead of the platform's general advice: a locked number (429 with
 * {@code Retry-After} in seconds), and feedback the checks refuse (400 naming the fields under {@code errors}).
 */
@RestControllerAdvice(assignableTypes = PublicAppealController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PublicProblems {

    @ExceptionHandler(TooManyWrongCodesException.class)
    ResponseEntity<ProblemDetail> locked(TooManyWrongCodesException e) {
        long seconds = Math.max(1, (e.retryAfter().toMillis() + 999) / 1000);
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage()));
    }

    @ExceptionHandler(InvalidAppealException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidAppealException e) {
        return badRequest(e.getMessage(), e.violations());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException tooLarge) {
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                        .body(ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage()));
            }
        }
        return badRequest("The body is not a readable feedback form: {code, answerId, rating (1 to 5), solved "
                + "(true or false), comment}.", List.of());
    }

    private static ResponseEntity<ProblemDetail> badRequest(String detail, List<FieldViolation> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return ResponseEntity.badRequest().body(problem);
    }
}
