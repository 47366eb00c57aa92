/** The Telegram Bot API as this adapter calls it: the methods, their errors, retry_after and the circuit breaker. */
package org.appeals.telegram.bot;
