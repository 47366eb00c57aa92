package org.appeals.intake.resident;

import java.time.Duration;
import org.appeals.support.web.ApiException;
import org.springframework.http.HttpStatus;

/** 429: too many wrong access codes for one number lately; {@code retryAfter} says when it opens again. */
class TooManyWrongCodesException extends ApiException {

    private final transient Duration retryAfter;

    TooManyWrongCodesException(Duration retryAfter) {
        super(HttpStatus.TOO_MANY_REQUESTS, "Too many wrong access codes for this number; try again later.");
        this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
