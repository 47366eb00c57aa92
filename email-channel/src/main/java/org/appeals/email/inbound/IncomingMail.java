package org.appeals.email.inbound;

import java.time.Instant;
import java.util.List;
import org.appeals.contracts.Masking;

/**
 * What we take from one mail in the mailbox.
 *
 * @param messageId the mail's Message-ID, or one derived from its content when it has none
 * @param inReplyTo the ids in its In-Reply-To header
 * @param references its References header as it came, unfolded
 * @param automatic an auto-reply or other machine-sent mail (RFC 3834), which is no appeal
 */
record IncomingMail(String messageId, String fromAddress, String fromName, String subject, Body body,
                    Instant sentAt, List<String> inReplyTo, String references, boolean automatic) {

    /** Leaves out the sender, subject and body. */
    @Override
    public String toString() {
        return "IncomingMail[messageId=" + messageId + ", from=" + Masking.mask(fromAddress) + "]";
    }
}
