package org.appeals.email.reply;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who our replies come from, {@code appeals.email.reply.*}: the address of the mailbox that is polled, so a resident's
 * answer comes back to us.
 *
 * @param from the sender address
 * @param fromName the sender's display name
 */
@ConfigurationProperties("appeals.email.reply")
record ReplyProperties(String from, String fromName) {

    ReplyProperties {
        if (from == null || from.isBlank()) {
            throw new IllegalStateException("appeals.email.reply.from is required: the address replies come from");
        }
    }
}
