/** The platform's replies: the signed webhook in, a durable outbox, sendMessage out, receipts back. */
package org.appeals.telegram.reply;
