package org.appeals.support.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PathIdsTest {

    private static final ApiException UNKNOWN = ApiException.notFound("No appeal with this id.");

    @Test
    void aCanonicalUuidIsReadInEitherCase() {
        UUID id = UUID.fromString("5d0c8c1a-3a43-4c6b-8f6e-7f3e2b1a0c11");
        assertThat(PathIds.parse("5d0c8c1a-3a43-4c6b-8f6e-7f3e2b1a0c11", () -> UNKNOWN)).isEqualTo(id);
        assertThat(PathIds.parse("5D0C8C1A-3A43-4C6B-8F6E-7F3E2B1A0C11", () -> UNKNOWN)).isEqualTo(id);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "42", "1-2-3-4-5", "not-a-uuid", "5d0c8c1a-3a43-4c6b-8f6e-7f3e2b1a0c11x",
            " 5d0c8c1a-3a43-4c6b-8f6e-7f3e2b1a0c11", "5d0c8c1a-3a43-4c6b-8f6e-7f3e2b1a0c1g"})
    void anythingElseGetsTheAnswerOfAnUnknownId(String raw) {
        assertThatThrownBy(() -> PathIds.parse(raw, () -> UNKNOWN)).isSameAs(UNKNOWN);
        assertThat(PathIds.canonical(raw)).isEmpty();
    }
}
