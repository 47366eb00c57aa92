package org.appeals.gateway.errors;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors raised while forwarding, as problem details: a backend that cannot be reached is a 503 the client may
 * retry; anything unexpected a 500 that tells nothing of the internals. Spring MVC's own errors (wrong method,
 * unreadable request) are handled by the base class.
 */
@RestControllerAdvice
class GatewayProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayProblemAdvice.class);

    @ExceptionHandler(ResourceAccessException.class)
    ResponseEntity<ProblemDetail> backendUnreachable(ResourceAccessException e, HttpServletRequest request) {
        BackendUnavailable.mark(request);
        // the message names the backend URL, not the caller's data
        log.warn("backend not reachable for {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        return problem(HttpStatus.SERVICE_UNAVAILABLE,
                "The service behind this path cannot be reached just now; retry later.");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("unexpected error while forwarding", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred in the gateway.");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
