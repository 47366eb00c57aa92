package org.appeals.email.reply;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.appeals.support.identity.MissingSecretException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** An SMTP login needs its password, checked at start; no login, no password. */
class SmtpLoginTest {

    @Test
    void aUsernameWithoutPasswordStopsTheStartNamingTheVariable() {
        var environment = new MockEnvironment().withProperty("spring.mail.username", "appeals");

        assertThatThrownBy(() -> new SmtpLogin(environment)).isInstanceOf(MissingSecretException.class)
                .hasMessageContaining("SPRING_MAIL_PASSWORD");
    }

    @Test
    void anSmtpServerWithoutLoginNeedsNoPassword() {
        assertThatCode(() -> new SmtpLogin(new MockEnvironment())).doesNotThrowAnyException();
    }
}
