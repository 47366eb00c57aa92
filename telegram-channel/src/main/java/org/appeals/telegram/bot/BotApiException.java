package org.appeals.telegram.bot;

/**
 * A Bot API call answered {@code "ok": false}: the {@code error_code}, the {@code description} and, for 429, the
 * {@code parameters.retry_after} seconds (https://core.telegram.org/bots/api#making-requests,
 * https://core.telegram.org/bots/api#responseparameters). {@code errorCode} 0 means the API could not be reached.
 */
public class BotApiException extends RuntimeException {

    private final int errorCode;
    private final String description;
    private final Integer retryAfter;

    public BotApiException(int errorCode, String description, Integer retryAfter) {
        super(errorCode + " " + description);
        this.errorCode = errorCode;
        this.description = description;
        this.retryAfter = retryAfter;
    }

    static BotApiException unreachable(Exception cause) {
        BotApiException e = new BotApiException(0, "Bot API unreachable (" + cause.getClass().getSimpleName() + ")", null);
        e.initCause(cause);
        return e;
    }

    public int errorCode() {
        return errorCode;
    }

    public String description() {
        return description;
    }

    /** Seconds Telegram asked us to wait (429 Too Many Requests), or null. */
    public Integer retryAfter() {
        return retryAfter;
    }

    /** Worth trying again later: flood control, Telegram's own trouble, or no answer at all. */
    public boolean transientFailure() {
        return errorCode == 0 || errorCode == 429 || errorCode >= 500;
    }

    /** The bot may not write to this chat: blocked by the user, kicked, or the user deactivated (403). */
    public boolean forbidden() {
        return errorCode == 403;
    }
}
