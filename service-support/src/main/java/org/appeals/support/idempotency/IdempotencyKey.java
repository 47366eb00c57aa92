package org.appeals.support.idempotency;

import org.appeals.support.web.ApiException;

/**
 * The client's {@code Idempotency-Key} of one request (null {@code value}: the request carries none) and the
 * endpoint it was sent to (method and path), which scopes the key together with the caller.
 */
public record IdempotencyKey(String value, String endpoint) {

    public static final String HEADER = "Idempotency-Key";
    static final int MAX_LENGTH = 200;

    /** The header as sent; 400 unless 1..200 printable ASCII characters (a UUID fits, and so does a hash). */
    public static IdempotencyKey of(String header, String endpoint) {
        if (header == null) {
            return new IdempotencyKey(null, endpoint);
        }
        if (header.isEmpty() || header.length() > MAX_LENGTH || !header.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
            throw ApiException.badRequest(HEADER + " must be 1 to " + MAX_LENGTH
                    + " printable ASCII characters.");
        }
        return new IdempotencyKey(header, endpoint);
    }

    public boolean present() {
        return value != null;
    }
}
