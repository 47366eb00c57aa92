package org.appeals.email.inbound;

import org.appeals.support.identity.Secrets;
import org.springframework.core.env.Environment;

/**
 * The login of the polled mailbox. There is none built in: a polled mailbox without {@code IMAP_USERNAME} or
 * {@code IMAP_PASSWORD} (or with a {@code demo-} password outside demo mode) stops the start, naming the variable.
 */
record MailboxLogin(String username, String password) {

    static final String USERNAME = "appeals.email.mailbox.username";
    static final String PASSWORD = "appeals.email.mailbox.password";

    /** The login, checked; none needed (nulls) when the mailbox is not polled. */
    static MailboxLogin of(Environment environment, MailboxProperties mailbox) {
        if (!mailbox.enabled()) {
            return new MailboxLogin(null, null);
        }
        String username = environment.getProperty(USERNAME);
        if (username == null || username.isBlank()) {
            throw new IllegalStateException("IMAP_USERNAME is not set: the login of the mailbox residents write to "
                    + "(or IMAP_ENABLED=false to run without one)");
        }
        return new MailboxLogin(username, Secrets.require(environment, PASSWORD, "IMAP_PASSWORD"));
    }

    /** Leaves out the password. */
    @Override
    public String toString() {
        return "MailboxLogin[username=" + username + "]";
    }
}
