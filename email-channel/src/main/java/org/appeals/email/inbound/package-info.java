/** Appeals by e-mail: the mailbox is polled over IMAP and each new mail is published to appeals.submitted. */
package org.appeals.email.inbound;
