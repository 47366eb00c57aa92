package org.appeals.support.idempotency;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 422: the key was first used with another body; reusing it for a different request is the client's mistake. */
class KeyReusedException extends ErrorResponseException {

    KeyReusedException() {
        super(HttpStatus.UNPROCESSABLE_CONTENT, ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "This Idempotency-Key was used with a different request body; use a new key for a new request."),
                null);
    }
}
