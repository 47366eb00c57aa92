package org.appeals.resident.gateway;

import java.util.Map;

/**
 * The gateway refused or failed a call: its status, the problem's English detail, the fields it named (JSON path to
 * the API's message) and, for 429, how many seconds to wait. Pages turn it into Russian words.
 */
public class GatewayProblem extends RuntimeException {

    private final int status;
    private final String detail;
    private final Map<String, String> fields;
    private final long retryAfterSeconds;

    public GatewayProblem(int status, String detail, Map<String, String> fields, long retryAfterSeconds) {
        super("HTTP " + status + (detail == null ? "" : ": " + detail));
        this.status = status;
        this.detail = detail;
        this.fields = Map.copyOf(fields);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** The gateway did not answer at all. */
    static GatewayProblem unreachable() {
        return new GatewayProblem(503, "The gateway did not answer.", Map.of(), 0);
    }

    public int status() {
        return status;
    }

    public String detail() {
        return detail;
    }

    /** The API's field violations: JSON path (e.g. {@code replyTo.email}) to its English message. */
    public Map<String, String> fields() {
        return fields;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** Whole minutes to wait before trying again, at least one. */
    public long retryAfterMinutes() {
        return Math.max(1, (retryAfterSeconds + 59) / 60);
    }

    public boolean isServerSide() {
        return status >= 500;
    }
}
