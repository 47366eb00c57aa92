package org.appeals.intake.registration;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.appeals.support.web.BodyTooLargeException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.core.JacksonException;

/**
 * Bodies the registration (of appeals and of residents' responses) cannot take, as problem details that name the offending fields (under {@code errors})
 * and tell an oversized body (413) from a malformed one (400). Ahead of the platform's general advice.
 */
@RestControllerAdvice(assignableTypes = {RegistrationController.class, FeedbackController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class RegistrationProblems {

    @ExceptionHandler(InvalidAppealException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidAppealException e) {
        return problem(HttpStatus.BAD_REQUEST, e.getMessage(), e.violations());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        var tooLarge = causedBy(e, BodyTooLargeException.class);
        if (tooLarge != null) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage(), List.of());
        }
        JacksonException json = causedBy(e, JacksonException.class);
        String field = json == null ? "" : JsonPaths.of(json);
        if (field.isEmpty()) {
            return problem(HttpStatus.BAD_REQUEST, "The body is not a readable JSON object.", List.of());
        }
        var violation = new FieldViolation(field, "has the wrong type or format");
        String subject = request.getRequestURI().endsWith("/feedback") ? "feedback" : "appeal";
        return problem(HttpStatus.BAD_REQUEST, "Invalid " + subject + ": " + violation + ".", List.of(violation));
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, List<FieldViolation> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return ResponseEntity.status(status).body(problem);
    }

    private static <T extends Throwable> T causedBy(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
