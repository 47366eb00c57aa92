package org.appeals.support.idempotency;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * 409 with {@code Retry-After}: a request with this key is still being carried out. An {@link ErrorResponseException}
 * so the platform's problem-details advice renders it with its header, like Spring's own errors.
 */
class KeyInProgressException extends ErrorResponseException {

    KeyInProgressException(long retryAfterSeconds) {
        super(HttpStatus.CONFLICT, ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "A request with this Idempotency-Key is still in progress; retry it after a moment."), null);
        getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
    }
}
