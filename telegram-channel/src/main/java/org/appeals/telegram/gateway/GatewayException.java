package org.appeals.telegram.gateway;

/** The gateway refused a call ({@code status} 4xx) or could not be reached or failed ({@code status} 0 or 5xx). */
public class GatewayException extends RuntimeException {

    private final int status;

    GatewayException(int status, String detail) {
        super(status + " " + detail);
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** Sending the same again cannot succeed: a validation problem, a wrong key, another channel's appeal. */
    public boolean permanent() {
        return status >= 400 && status < 500 && status != 408 && status != 429;
    }
}
