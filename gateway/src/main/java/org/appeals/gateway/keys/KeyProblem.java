package org.appeals.gateway.keys;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A key request the gateway refuses, answered as an RFC 9457 problem detail. */
class KeyProblem extends ErrorResponseException {

    KeyProblem(HttpStatus status, String detail) {
        super(status, ProblemDetail.forStatusAndDetail(status, detail), null);
    }

    static KeyProblem badRequest(String detail) {
        return new KeyProblem(HttpStatus.BAD_REQUEST, detail);
    }

    static KeyProblem notFound(String id) {
        return new KeyProblem(HttpStatus.NOT_FOUND, "There is no key " + id + ".");
    }

    static KeyProblem conflict(String detail) {
        return new KeyProblem(HttpStatus.CONFLICT, detail);
    }
}
