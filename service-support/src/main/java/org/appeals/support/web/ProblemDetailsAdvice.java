package org.appeals.support.web;

import org.appeals.support.kafka.PublishFailedException;
import org.appeals.support.outage.Outages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as RFC 9457 problem details. Spring MVC's own exceptions (unreadable body, validation, wrong method)
 * are handled by the base class; ours carry their status; the store or the broker being away is a 503 with
 * {@code Retry-After} (the client's request was fine, the same one succeeds later); anything else unexpected becomes
 * a 500. Neither tells anything of the internals.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> api(ApiException e) {
        return problem(e.status(), e.getMessage());
    }

    @ExceptionHandler(PublishFailedException.class)
    ResponseEntity<ProblemDetail> brokerAway(PublishFailedException e) {
        log.warn("event not acknowledged by the broker: {}", e.getMessage());
        return unavailable(
                "The request could not be made durable just now; nothing was lost, retry it with the same body.");
    }

    /** A body the limit cut off while it was read is too large, not malformed. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException tooLarge) {
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                        .body(ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage()));
            }
        }
        return super.handleHttpMessageNotReadable(e, headers, status, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (Outages.isOutage(e)) {
            // the type and message say which part is away (a host and port at most), never the request's data
            log.warn("store or broker unavailable: {}: {}", e.getClass().getName(), e.getMessage());
            return unavailable("The service cannot reach its database or broker just now; retry the request later.");
        }
        log.error("unexpected error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred.");
    }

    private static ResponseEntity<ProblemDetail> unavailable(String detail) {
        HttpStatus status = HttpStatus.SERVICE_UNAVAILABLE;
        return ResponseEntity.status(status)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(Outages.RETRY_AFTER.toSeconds()))
                .body(ProblemDetail.forStatusAndDetail(status, detail));
    }

    /** A problem answer with {@code status} and {@code detail}, for advice that extends this one. */
    protected static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
