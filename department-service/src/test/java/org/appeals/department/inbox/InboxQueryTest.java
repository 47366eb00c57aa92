package org.appeals.department.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.appeals.contracts.WorkflowState;
import org.appeals.support.web.ApiException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class InboxQueryTest {

    private final InboxProperties properties = new InboxProperties(null, null);

    @Test
    void withoutAStatusListsEverythingButRedirectedAppeals() {
        InboxQuery query = InboxQuery.of(null, null, null, null, null, properties);

        assertThat(query.states()).contains(WorkflowState.ASSIGNED, WorkflowState.IN_PROGRESS, WorkflowState.ANSWERED,
                WorkflowState.NOTIFIED).doesNotContain(WorkflowState.REDIRECTED);
        assertThat(query.limit()).isEqualTo(50);
    }

    @Test
    void aStatusFiltersToThatStateWhateverItsCase() {
        assertThat(InboxQuery.of("in_progress", null, null, null, 10, properties).states())
                .containsExactly(WorkflowState.IN_PROGRESS);
    }

    @Test
    void anUnknownStatusIsABadRequestNamingTheKnownOnes() {
        assertThatThrownBy(() -> InboxQuery.of("CLOSED_FOREVER", null, null, null, null, properties))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST);
                    assertThat(e.getMessage()).contains("ASSIGNED", "NOTIFIED");
                });
    }

    @Test
    void aLimitOutsideOneToTheMaximumIsABadRequest() {
        assertThat(InboxQuery.of(null, null, null, null, 200, properties).limit()).isEqualTo(200);
        assertThatThrownBy(() -> InboxQuery.of(null, null, null, null, 201, properties)).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> InboxQuery.of(null, null, null, null, 0, properties)).isInstanceOf(ApiException.class);
    }
}
