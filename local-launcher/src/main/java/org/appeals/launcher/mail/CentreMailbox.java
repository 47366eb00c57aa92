package org.appeals.launcher.mail;

import java.util.Map;

/**
 * The centre's mailbox in the local run: the address residents write to, which the e-mail channel polls over IMAP and
 * sends its replies from. The password is a {@code demo-} value, which the e-mail channel accepts only because the
 * local run sets {@code APPEALS_DEMO=true}.
 */
public final class CentreMailbox {

    public static final String ADDRESS = "appeals@appeals.local";
    public static final String PASSWORD = "demo-mailbox-appeals-local-only";

    private CentreMailbox() {
    }

    /** What the e-mail channel reads to poll this mailbox on {@code imapPort} and send through {@code smtpPort}. */
    public static Map<String, String> channelEnvironment(int smtpPort, int imapPort) {
        return Map.of(
                "IMAP_HOST", "127.0.0.1",
                "IMAP_PORT", Integer.toString(imapPort),
                "IMAP_USERNAME", ADDRESS,
                "IMAP_PASSWORD", PASSWORD,
                // a newcomer's mail becomes an appeal within seconds
                "IMAP_POLL_INTERVAL", "3s",
                "SMTP_HOST", "127.0.0.1",
                "SMTP_PORT", Integer.toString(smtpPort),
                "EMAIL_FROM", ADDRESS);
    }
}
