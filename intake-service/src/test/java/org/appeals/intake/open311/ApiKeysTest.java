package org.appeals.intake.open311;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ApiKeysTest {

    private final Open311Properties properties = new Open311Properties(List.of("demo-open311", "city-portal-7f3k"),
            null, null);

    @Test
    void aDemoKeyOpensNothingOutsideDemoMode() {
        ApiKeys keys = new ApiKeys(properties, new MockEnvironment());

        assertThatThrownBy(() -> keys.require("demo-open311")).isInstanceOf(Open311Exception.class);
        assertThatCode(() -> keys.require("city-portal-7f3k")).doesNotThrowAnyException();
    }

    @Test
    void aDemoKeyWorksWhenDemoModeIsAskedFor() {
        ApiKeys keys = new ApiKeys(properties, new MockEnvironment().withProperty("appeals.demo", "true"));

        assertThatCode(() -> keys.require("demo-open311")).doesNotThrowAnyException();
    }
}
