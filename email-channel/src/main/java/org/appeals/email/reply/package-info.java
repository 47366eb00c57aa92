/** Replies by e-mail: each OutboundReply on outbound.EMAIL is sent once over SMTP, in the resident's thread. */
package org.appeals.email.reply;
