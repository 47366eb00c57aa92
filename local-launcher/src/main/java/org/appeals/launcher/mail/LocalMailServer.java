package org.appeals.launcher.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.appeals.launcher.process.Classpath;
import org.appeals.launcher.process.JavaProcess;

/**
 * A real SMTP and IMAP server on loopback for the local run (GreenMail, mail kept in memory): the centre's mailbox
 * {@link CentreMailbox#ADDRESS} with its demo password, and a mailbox for every address mail is sent to, created on
 * first delivery with the address as login and password (GreenMail's rule), so a resident's mailbox can be read too.
 * Environment: {@code MAIL_SMTP_PORT} (3025), {@code MAIL_IMAP_PORT} (3143).
 */
public final class LocalMailServer {

    private LocalMailServer() {
    }

    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        GreenMail server = start(Integer.parseInt(env.getOrDefault("MAIL_SMTP_PORT", "3025")),
                Integer.parseInt(env.getOrDefault("MAIL_IMAP_PORT", "3143")));
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "mail-server-shutdown"));
        System.out.println("Mail server: SMTP 127.0.0.1:" + server.getSmtp().getPort() + ", IMAP 127.0.0.1:"
                + server.getImap().getPort() + ", mailbox " + CentreMailbox.ADDRESS);
    }

    /** Serves SMTP and IMAP on 127.0.0.1 with the centre's mailbox set up. */
    public static GreenMail start(int smtpPort, int imapPort) {
        GreenMail server = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        server.start();
        server.setUser(CentreMailbox.ADDRESS, CentreMailbox.ADDRESS, CentreMailbox.PASSWORD);
        return server;
    }

    /** Starts the server as a child JVM; {@code awaitPort} on the IMAP port to know it is ready. */
    public static JavaProcess spawn(int smtpPort, int imapPort, Path logFile) {
        List<String> args = List.of("-Xms16m", "-Xmx64m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", Classpath.ofThisJvm(), LocalMailServer.class.getName());
        return JavaProcess.start("mail-server", args, Map.of("MAIL_SMTP_PORT", Integer.toString(smtpPort),
                "MAIL_IMAP_PORT", Integer.toString(imapPort)), logFile);
    }
}
