package org.appeals.console.platform;

import tools.jackson.databind.JsonNode;

/**
 * The gateway refused or failed a call: its status and the problem's own detail (RFC 9457). Pages show
 * {@link #message()}, which is Russian and says what the person can do; the detail is shown below it as is.
 */
public class PlatformProblem extends RuntimeException {

    private final int status;
    private final String detail;
    /** The problem document as the API sent it (its {@code code} and facts), or null. */
    private final transient JsonNode problem;

    public PlatformProblem(int status, String detail) {
        this(status, detail, null);
    }

    public PlatformProblem(int status, String detail, JsonNode problem) {
        super("HTTP " + status + (detail == null ? "" : ": " + detail));
        this.status = status;
        this.detail = detail;
        this.problem = problem;
    }

    public int status() {
        return status;
    }

    /** The problem's detail as the API wrote it (English), or null. */
    public String detail() {
        return detail;
    }

    /** Someone else moved the appeal first: the page reloads it and says so. */
    public boolean isConflict() {
        return status == 409;
    }

    public boolean isNotFound() {
        return status == 404;
    }

    public boolean isForbidden() {
        return status == 403;
    }

    /** What to tell the person, in Russian: what the problem's code says exactly, else what its status means. */
    public String message() {
        return ProblemMessages.of(status, problem);
    }
}
