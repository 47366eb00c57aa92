package org.appeals.department.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.appeals.contracts.AnswerKind;
import org.appeals.support.web.ApiException;
import org.junit.jupiter.api.Test;

class AnswerRequestTest {

    private final AnswerTexts texts = new AnswerTexts(new AnswerProperties(null));

    @Test
    void interimAndFinalAreTheKindsADepartmentMayPost() {
        assertThat(new AnswerRequest("INTERIM", "x", null).validKind()).isEqualTo(AnswerKind.INTERIM);
        assertThat(new AnswerRequest("final", "x", null).validKind()).isEqualTo(AnswerKind.FINAL);
    }

    @Test
    void aMissingUnknownOrRedirectKindIsABadRequest() {
        for (String kind : new String[] {null, " ", "URGENT", "REDIRECT"}) {
            assertThatThrownBy(() -> new AnswerRequest(kind, "x", null).validKind()).as(String.valueOf(kind))
                    .isInstanceOf(ApiException.class).hasMessageContaining("INTERIM or FINAL");
        }
    }

    @Test
    void anInterimAnswerNeedsAPromisedDateThatIsNotInThePast() {
        var today = java.time.LocalDate.of(2026, 12, 1);
        assertThat(new AnswerRequest("INTERIM", "x", "2026-12-15").validPromisedBy(AnswerKind.INTERIM, today))
                .isEqualTo(java.time.LocalDate.of(2026, 12, 15));
        assertThat(new AnswerRequest("INTERIM", "x", "2026-12-01").validPromisedBy(AnswerKind.INTERIM, today))
                .isEqualTo(today);
        assertThatThrownBy(() -> new AnswerRequest("INTERIM", "x", null).validPromisedBy(AnswerKind.INTERIM, today))
                .hasMessageContaining("promisedBy is required");
        assertThatThrownBy(() -> new AnswerRequest("INTERIM", "x", "15.12.2026")
                .validPromisedBy(AnswerKind.INTERIM, today)).hasMessageContaining("YYYY-MM-DD");
        assertThatThrownBy(() -> new AnswerRequest("INTERIM", "x", "2026-11-30")
                .validPromisedBy(AnswerKind.INTERIM, today)).hasMessageContaining("past")
                .isInstanceOfSatisfying(PromisedDateProblem.class, problem -> {
                    assertThat(problem.status().value()).isEqualTo(400);
                    assertThat(problem.code()).isEqualTo(PromisedDateProblem.IN_THE_PAST);
                    assertThat(problem.type()).hasToString("urn:appeals:problem:promised-date-in-the-past");
                });
        assertThatThrownBy(() -> new AnswerRequest("FINAL", "x", "2026-12-15")
                .validPromisedBy(AnswerKind.FINAL, today)).hasMessageContaining("INTERIM answers only");
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
