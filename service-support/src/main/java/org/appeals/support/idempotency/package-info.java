/**
 * {@code Idempotency-Key} for writes a client may retry: the first result of a key is stored and given again, so a
 * department system that lost a response (timeout, broker or gateway away) can safely send the same request again.
 */
package org.appeals.support.idempotency;
