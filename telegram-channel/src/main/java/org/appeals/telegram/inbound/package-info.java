/**
 * Updates from Telegram (webhook or long polling) into a durable inbox, and from there, in order, into appeals,
 * residents' replies, commands and feedback presses.
 */
package org.appeals.telegram.inbound;
