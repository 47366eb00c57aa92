/** The local run's mail server (GreenMail: SMTP and IMAP on loopback) and the {@code mail} command that uses it. */
package org.appeals.launcher.mail;
