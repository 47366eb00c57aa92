package org.appeals.department.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.appeals.contracts.AnswerKind;
import org.appeals.support.web.ApiException;
import org.junit.jupiter.api.Test;

class AnswerRequestTest {

    private final AnswerTexts texts = new AnswerTexts(new AnswerProperties(null, null, null, null));

    @Test
    void interimAndFinalAreTheKindsADepartmentMayPost() {
        assertThat(new AnswerRequest("INTERIM", "x").validKind()).isEqualTo(AnswerKind.INTERIM);
        assertThat(new AnswerRequest("final", "x").validKind()).isEqualTo(AnswerKind.FINAL);
    }

    @Test
    void aMissingUnknownOrRedirectKindIsABadRequest() {
        for (String kind : new String[] {null, " ", "URGENT", "REDIRECT"}) {
            assertThatThrownBy(() -> new AnswerRequest(kind, "x").validKind()).as(String.valueOf(kind))
                    .isInstanceOf(ApiException.class).hasMessageContaining("INTERIM or FINAL");
        }
    }

    @Test
    void textMustSaySomethingAndStayWithinTenThousandCharacters() {
        assertThat(texts.require("Яма заделана.", "text")).isEqualTo("Яма заделана.");
        assertThat(texts.require("я".repeat(10_000), "text")).hasSize(10_000);
        assertThatThrownBy(() -> texts.require("  \n", "text")).hasMessageContaining("blank");
        assertThatThrownBy(() -> texts.require(null, "reason")).hasMessageContaining("reason");
        assertThatThrownBy(() -> texts.require("я".repeat(10_001), "text")).hasMessageContaining("10000");
    }
}
