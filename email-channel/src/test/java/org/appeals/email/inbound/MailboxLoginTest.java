package org.appeals.email.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.appeals.support.identity.MissingSecretException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The mailbox login has no default, and a demo password is for demo mode only. */
class MailboxLoginTest {

    static final MailboxProperties POLLED = new MailboxProperties(true, null, null, null, null, null, null, null);

    @Test
    void refusesAPolledMailboxWithoutAPasswordNamingTheVariable() {
        var environment = new MockEnvironment().withProperty(MailboxLogin.USERNAME, "appeals");

        assertThatThrownBy(() -> MailboxLogin.of(environment, POLLED)).isInstanceOf(MissingSecretException.class)
                .hasMessageContaining("IMAP_PASSWORD");
    }

    @Test
    void refusesAPolledMailboxWithoutAUsername() {
        var environment = new MockEnvironment().withProperty(MailboxLogin.PASSWORD, "s3cret");

        assertThatThrownBy(() -> MailboxLogin.of(environment, POLLED)).hasMessageContaining("IMAP_USERNAME");
    }

    @Test
    void takesADemoPasswordOnlyInDemoMode() {
        var environment = new MockEnvironment().withProperty(MailboxLogin.USERNAME, "appeals")
                .withProperty(MailboxLogin.PASSWORD, "demo-appeals");

        assertThatThrownBy(() -> MailboxLogin.of(environment, POLLED)).isInstanceOf(MissingSecretException.class)
                .hasMessageContaining("APPEALS_DEMO=true");
        assertThat(MailboxLogin.of(environment.withProperty("appeals.demo", "true"), POLLED).password())
                .isEqualTo("demo-appeals");
    }

    @Test
    void needsNoLoginWhenTheMailboxIsNotPolledAndNeverPrintsThePassword() {
        var off = new MailboxProperties(false, null, null, null, null, null, null, null);

        assertThat(MailboxLogin.of(new MockEnvironment(), off).password()).isNull();
        assertThat(new MailboxLogin("appeals", "s3cret").toString()).doesNotContain("s3cret");
    }
}
