package org.appeals.email.inbound;

/** What became of one mail from the mailbox. */
enum MailOutcome {
    /** Published to appeals.submitted and marked seen. */
    SUBMITTED,
    /** An auto-reply or the like: marked seen, not submitted. */
    AUTOMATIC,
    /** No sender to answer, or unreadable: flagged and left unseen for a person to look at. */
    SET_ASIDE
}
