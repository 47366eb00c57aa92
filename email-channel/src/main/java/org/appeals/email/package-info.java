/** The e-mail channel: appeals from an IMAP mailbox onto appeals.submitted, replies from outbound.EMAIL over SMTP. */
package org.appeals.email;
