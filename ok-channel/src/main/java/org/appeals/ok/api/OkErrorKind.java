package org.appeals.ok.api;

import java.util.Set;

/**
 * What an OK error code means for the adapter (codes from https://apiok.ru/dev/errors). OK documents no dedicated
 * codes for the Bot API, so the general table is read as follows.
 */
public enum OkErrorKind {
    /** 2 SERVICE, 7 ACTION_BLOCKED, 8 FLOOD_BLOCKED, 11 LIMIT_REACHED: temporary; back off and call again. */
    TEMPORARY,
    /** 102 PARAM_SESSION_EXPIRED, 103 PARAM_SESSION_KEY: the group's token is no longer valid; ops must act. */
    BAD_TOKEN,
    /**
     * 10 PERMISSION_DENIED, 110 PARAM_USER_ID, 300 NOT_FOUND, 455–458 (restrictions): this chat cannot be written to
     * (the user forbade the group's messages, left, or the chat is gone).
     */
    UNREACHABLE_CHAT,
    /** Anything else (100 PARAM, 454 CENSOR_MATCH, …): the same request will not succeed later. */
    REJECTED;

    private static final Set<Integer> TEMPORARY_CODES = Set.of(2, 7, 8, 11);
    private static final Set<Integer> BAD_TOKEN_CODES = Set.of(102, 103);
    private static final Set<Integer> UNREACHABLE_CODES = Set.of(10, 110, 300, 455, 456, 457, 458);

    public static OkErrorKind of(int code) {
        if (TEMPORARY_CODES.contains(code)) {
            return TEMPORARY;
        }
        if (BAD_TOKEN_CODES.contains(code)) {
            return BAD_TOKEN;
        }
        return UNREACHABLE_CODES.contains(code) ? UNREACHABLE_CHAT : REJECTED;
    }
}
