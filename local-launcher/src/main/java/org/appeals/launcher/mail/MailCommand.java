package org.appeals.launcher.mail;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * {@code mail send ...} and {@code mail read <address>} against the local run's mail server: how a newcomer writes to
 * the centre by e-mail and reads the answer without a mail program ({@link MailOptions} has the usage).
 */
public final class MailCommand {

    private MailCommand() {
    }

    public static void main(String[] args) {
        try {
            run(Arrays.asList(args), System.out);
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }

    static void run(List<String> args, PrintStream out) {
        MailOptions options = MailOptions.parse(args, System.getenv());
        if (options.action().equals("send")) {
            ResidentMail.send(options);
            out.println("Sent to " + CentreMailbox.ADDRESS + " from " + options.address()
                    + ": the e-mail channel takes it within seconds; the answers come to this address ("
                    + "mail read " + options.address() + ")");
        } else {
            MailboxReader.print(options.address(), options.imapPort(), out);
        }
    }
}
