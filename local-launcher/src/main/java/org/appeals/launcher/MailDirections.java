package org.appeals.launcher;

import java.util.List;
import org.appeals.launcher.mail.CentreMailbox;

/** The banner's part on e-mail: the mail server, and how a newcomer writes to the centre and reads the answer. */
final class MailDirections {

    /** run-local.sh hands {@code mail ...} to the launcher jar, whose LocalStack.main hands it to the mail command. */
    static final String MAIL_COMMAND = "./run-local.sh mail";
    private static final String INDENT = "                ";

    private MailDirections() {
    }

    static List<String> lines(StackPorts ports) {
        return List.of(
                "  E-mail        mail server SMTP 127.0.0.1:" + ports.smtp() + ", IMAP 127.0.0.1:" + ports.imap()
                        + "; the centre's mailbox " + CentreMailbox.ADDRESS + " / " + CentreMailbox.PASSWORD,
                INDENT + MAIL_COMMAND + " send --from anna@mail.example --name 'Анна' \\",
                INDENT + "  --subject 'Яма на дороге' --text 'В Михайловке на улице Мира у дома 12 глубокая яма'",
                INDENT + MAIL_COMMAND + " read anna@mail.example"
                        + "   (the number at once; the answer once approved)");
    }
}
