package org.appeals.gateway.access;

/** The body of an appeal the gateway must read cannot be read; the message is the detail the client gets. */
class MalformedAppealException extends RuntimeException {

    MalformedAppealException(String detail) {
        super(detail);
    }
}
