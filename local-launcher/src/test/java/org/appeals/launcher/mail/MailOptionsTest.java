package org.appeals.launcher.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailOptionsTest {

    @Test
    void sendTakesTheResidentsAddressNameSubjectAndTextWithTheLocalRunsPorts() {
        MailOptions options = MailOptions.parse(List.of("send", "--from", "anna@mail.example", "--name", "Анна",
                "--subject", "Яма", "--text", "Яма на улице Мира"), Map.of());

        assertThat(options).isEqualTo(new MailOptions("send", "anna@mail.example", "Анна", "Яма",
                "Яма на улице Мира", 3025, 3143));
    }

    @Test
    void readTakesTheAddressAndPortsFromTheEnvironmentOrTheCommandLine() {
        MailOptions fromEnv = MailOptions.parse(List.of("read", "anna@mail.example"),
                Map.of("MAIL_SMTP_PORT", "2525", "MAIL_IMAP_PORT", "1143"));
        MailOptions fromArgs = MailOptions.parse(List.of("read", "--imap-port", "4143", "anna@mail.example"),
                Map.of("MAIL_IMAP_PORT", "1143"));

        assertThat(fromEnv.address()).isEqualTo("anna@mail.example");
        assertThat(fromEnv.smtpPort()).isEqualTo(2525);
        assertThat(fromEnv.imapPort()).isEqualTo(1143);
        assertThat(fromArgs.imapPort()).isEqualTo(4143);
    }

    @Test
    void aSubjectIsOptionalButTheSenderAndTheTextAreNot() {
        assertThat(MailOptions.parse(List.of("send", "--from", "a@mail.example", "--text", "t"), Map.of()).subject())
                .isEqualTo(MailOptions.DEFAULT_SUBJECT);
        assertThatThrownBy(() -> MailOptions.parse(List.of("send", "--text", "t"), Map.of()))
                .hasMessageContaining("Usage: mail send --from <address>");
        assertThatThrownBy(() -> MailOptions.parse(List.of("send", "--from", "a@mail.example"), Map.of()))
                .hasMessageContaining("Usage");
        assertThatThrownBy(() -> MailOptions.parse(List.of("send", "--from"), Map.of()))
                .hasMessageContaining("--from needs a value");
        assertThatThrownBy(() -> MailOptions.parse(List.of("delete"), Map.of())).hasMessageContaining("Usage");
    }
}
