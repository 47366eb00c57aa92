package org.appeals.email.inbound;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The mailbox residents write to, {@code appeals.email.mailbox.*}.
 *
 * @param enabled whether the mailbox is polled at all
 * @param protocol {@code imap}, or {@code imaps} for IMAP over TLS
 * @param folder where new mail lands
 * @param pollInterval pause between looks for unseen mail
 * @param batchSize most mails taken in one poll, so a flood does not hold one connection for long
 * @param timeout connect and read timeout of the IMAP connection
 *
 * <p>The login ({@code username}, {@code password}) is read and checked apart, by {@link MailboxLogin}.
 */
@ConfigurationProperties("appeals.email.mailbox")
record MailboxProperties(Boolean enabled, String protocol, String host, Integer port, String folder,
                         Duration pollInterval, Integer batchSize, Duration timeout) {

    MailboxProperties {
        enabled = enabled == null || enabled;
        protocol = protocol == null ? "imap" : protocol;
        host = host == null ? "localhost" : host;
        folder = folder == null ? "INBOX" : folder;
        pollInterval = pollInterval == null ? Duration.ofSeconds(10) : pollInterval;
        batchSize = batchSize == null ? 50 : batchSize;
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
    }

    /** Where the mailbox is, as the logs show it. */
    @Override
    public String toString() {
        return "MailboxProperties[" + protocol + "://" + host + ":" + port + "/" + folder + "]";
    }
}
