package org.appeals.ok.gateway;

/**
 * The gateway refused a call or did not answer. A 4xx other than 408/429 will be refused again (the body is wrong);
 * anything else is worth retrying later.
 */
public class GatewayProblem extends RuntimeException {

    private final int status;

    public GatewayProblem(int status, String detail) {
        super("gateway " + (status == 0 ? "unreachable" : "HTTP " + status) + (detail == null ? "" : ": " + detail));
        this.status = status;
    }

    public int status() {
        return status;
    }

    public boolean retryable() {
        return status == 0 || status >= 500 || status == 408 || status == 429;
    }
}
