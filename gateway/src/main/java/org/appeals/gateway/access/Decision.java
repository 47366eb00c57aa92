package org.appeals.gateway.access;

/** The policy's verdict on a request, with the detail a refused client reads. */
public record Decision(Verdict verdict, String detail) {

    static Decision allow() {
        return new Decision(Verdict.ALLOW, null);
    }

    static Decision checkChannel() {
        return new Decision(Verdict.CHECK_CHANNEL, null);
    }

    static Decision forbidden(String detail) {
        return new Decision(Verdict.FORBIDDEN, detail);
    }

    static Decision badRequest(String detail) {
        return new Decision(Verdict.BAD_REQUEST, detail);
    }

    static Decision notFound(String detail) {
        return new Decision(Verdict.NOT_FOUND, detail);
    }
}
