package org.appeals.console.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AppealStatusesTest {

    @Test
    void namesEveryStatusOfIntakeInRussian() {
        // intake's AppealStatus, in its order (the console does not depend on intake)
        assertThat(AppealStatuses.options()).extracting(Option::value).containsExactly("RECEIVED", "TRIAGE",
                "ASSIGNED", "IN_PROGRESS", "AWAITING_CLARIFICATION", "IN_REVIEW", "RETURNED_FOR_REWORK", "ANSWERED",
                "REDIRECTED", "NOTIFIED", "DELIVERY_FAILED", "CLOSED", "REOPENED");
        assertThat(AppealStatuses.options()).extracting(Option::label)
                .allSatisfy(label -> assertThat(label).matches("[А-ЯЁа-яё :]+"));
        assertThat(AppealStatuses.name("REOPENED")).isEqualTo("Открыто повторно");
    }

    @Test
    void anUnknownStatusReadsAsItsCodeAndNoneAsNothing() {
        assertThat(AppealStatuses.name("ARCHIVED")).isEqualTo("ARCHIVED");
        assertThat(AppealStatuses.name(null)).isEmpty();
    }
}
