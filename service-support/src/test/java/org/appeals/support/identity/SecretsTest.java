package org.appeals.support.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class SecretsTest {

    @Test
    void aMissingSecretNamesItsVariable() {
        assertThatThrownBy(() -> Secrets.require(new MockEnvironment(), "appeals.identity.secret",
                "APPEALS_IDENTITY_SECRET"))
                .isInstanceOf(MissingSecretException.class)
                .hasMessageContaining("APPEALS_IDENTITY_SECRET is not set");
    }

    @Test
    void aDemoSecretIsRefusedOutsideDemoMode() {
        MockEnvironment environment = new MockEnvironment().withProperty("appeals.identity.secret", "demo-secret");

        assertThatThrownBy(() -> Secrets.require(environment, "appeals.identity.secret", "APPEALS_IDENTITY_SECRET"))
                .hasMessageContaining("APPEALS_IDENTITY_SECRET holds a demo value");
    }

    @Test
    void aDemoSecretIsAcceptedWhenDemoModeIsAskedFor() {
        MockEnvironment environment = new MockEnvironment().withProperty("appeals.identity.secret", "demo-secret")
                .withProperty("appeals.demo", "true");

        assertThat(Secrets.require(environment, "appeals.identity.secret", "APPEALS_IDENTITY_SECRET"))
                .isEqualTo("demo-secret");
    }
}
