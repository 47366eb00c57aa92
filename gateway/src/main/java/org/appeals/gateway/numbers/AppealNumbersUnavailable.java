package org.appeals.gateway.numbers;

/** Intake could not say which appeal a registration number names; the message is the detail a client gets. */
public class AppealNumbersUnavailable extends RuntimeException {

    AppealNumbersUnavailable(String detail, Throwable cause) {
        super(detail, cause);
    }
}
