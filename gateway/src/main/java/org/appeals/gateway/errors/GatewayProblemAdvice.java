package org.appeals.gateway.errors;

import jakarta.servlet.http.HttpServletRequest;
import org.appeals.support.web.ProblemDetailsAdvice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.client.ResourceAccessException;

/**
 * The services' problem-details advice (service-support), plus the one error only the gateway has: a backend that
 * cannot be reached is a 503 the client may retry. Anything unexpected is the services' 500 that tells nothing of the
 * internals.
 */
@RestControllerAdvice
class GatewayProblemAdvice extends ProblemDetailsAdvice {

    private static final Logger log = LoggerFactory.getLogger(GatewayProblemAdvice.class);

    @ExceptionHandler(ResourceAccessException.class)
    ResponseEntity<ProblemDetail> backendUnreachable(ResourceAccessException e, HttpServletRequest request) {
        BackendUnavailable.mark(request);
        // the message names the backend URL, not the caller's data
        log.warn("backend not reachable for {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        return problem(HttpStatus.SERVICE_UNAVAILABLE,
                "The service behind this path cannot be reached just now; retry later.");
    }
}
