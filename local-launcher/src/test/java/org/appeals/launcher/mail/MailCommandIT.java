package org.appeals.launcher.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.appeals.launcher.process.Ports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The local mail server and the {@code mail} command against it, over real SMTP and IMAP on loopback. */
class MailCommandIT {

    private final int smtpPort = Ports.free();
    private final int imapPort = Ports.free();
    private final GreenMail server = LocalMailServer.start(smtpPort, imapPort);
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void aResidentsMailReachesTheCentresMailboxWhichOpensWithItsDemoPassword() throws Exception {
        run("send", "--from", "anna@mail.example", "--name", "Анна Иванова", "--subject", "Яма на дороге",
                "--text", "В Михайловке на улице Мира у дома 12 глубокая яма");

        MimeMessage received = server.getReceivedMessagesForDomain("appeals.local")[0];
        assertThat(received.getSubject()).isEqualTo("Яма на дороге");
        assertThat(((InternetAddress) received.getFrom()[0]).getPersonal()).isEqualTo("Анна Иванова");
        assertThat(received.getContent().toString()).contains("глубокая яма");

        run("read", CentreMailbox.ADDRESS);
        assertThat(printed()).contains("1 mail(s) to appeals@appeals.local").contains("Subject:     Яма на дороге")
                .contains("From:        \"Анна Иванова\" <anna@mail.example>");
    }

    @Test
    void theResidentReadsTheCentresAnswerInHerOwnMailbox() throws Exception {
        run("send", "--from", "anna@mail.example", "--text", "Не горят фонари на улице Садовой");
        answerFromTheCentre("anna@mail.example", "Re: Обращение", "Фонари на улице Садовой починены 25 ноября.");

        run("read", "anna@mail.example");

        assertThat(printed()).contains("1 mail(s) to anna@mail.example")
                .contains("From:        " + CentreMailbox.ADDRESS)
                .contains("Subject:     Re: Обращение")
                .contains("Фонари на улице Садовой починены 25 ноября.");
    }

    private void answerFromTheCentre(String to, String subject, String text) throws Exception {
        Properties smtp = new Properties();
        smtp.put("mail.smtp.host", "127.0.0.1");
        smtp.put("mail.smtp.port", Integer.toString(smtpPort));
        MimeMessage answer = new MimeMessage(Session.getInstance(smtp));
        answer.setFrom(new InternetAddress(CentreMailbox.ADDRESS));
        answer.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        answer.setSubject(subject, "UTF-8");
        answer.setText(text, "UTF-8");
        Transport.send(answer);
    }

    private void run(String... args) {
        List<String> withPorts = new java.util.ArrayList<>(List.of(args));
        withPorts.addAll(List.of("--smtp-port", Integer.toString(smtpPort), "--imap-port", Integer.toString(imapPort)));
        MailCommand.run(withPorts, new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }
}
