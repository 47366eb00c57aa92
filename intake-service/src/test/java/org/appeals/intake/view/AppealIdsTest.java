package org.appeals.intake.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.appeals.support.web.ApiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AppealIdsTest {

    @Test
    void readsACanonicalUuidInEitherCase() {
        UUID id = UUID.randomUUID();

        assertThat(AppealIds.parse(id.toString().toUpperCase())).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"42", "1-2-3-4-5", "not-a-uuid", "5d0c8c1a-3a43-4c6b-8f6e-7f3e2b1a0c11x", ""})
    void anythingElseIsABadRequest(String id) {
        assertThatThrownBy(() -> AppealIds.parse(id))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status().value()).isEqualTo(400));
    }
}
