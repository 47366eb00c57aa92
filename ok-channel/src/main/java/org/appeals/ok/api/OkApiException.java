package org.appeals.ok.api;

/**
 * OK answered a call with an error ({@code error_code}, {@code error_msg}; https://apiok.ru/dev/errors), or not at
 * all (code 0: I/O error, timeout or an HTTP error status, which is temporary).
 */
public class OkApiException extends RuntimeException {

    /** The code of "no usable answer": the connection failed, timed out or the server answered 5xx. */
    public static final int UNREACHABLE = 0;

    private final int code;

    public OkApiException(int code, String message) {
        super(message);
        this.code = code;
    }

    public int code() {
        return code;
    }

    public OkErrorKind kind() {
        return code == UNREACHABLE ? OkErrorKind.TEMPORARY : OkErrorKind.of(code);
    }

    /** A technical reason for a receipt or a log line: the code and OK's message, never the request. */
    public String reason() {
        return "OK error " + code + ": " + getMessage();
    }
}
