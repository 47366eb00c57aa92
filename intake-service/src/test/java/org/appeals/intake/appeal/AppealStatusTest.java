package org.appeals.intake.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import org.appeals.contracts.WorkflowState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The workflow's states are statuses by name: a state the contract gains without a status of the same name here
 * fails this test before any AppealStateChanged carrying it can fail in the listener.
 */
class AppealStatusTest {

    @ParameterizedTest
    @EnumSource(WorkflowState.class)
    void everyWorkflowStateIsTheStatusOfTheSameName(WorkflowState state) {
        assertThat(AppealStatus.of(state).name()).isEqualTo(state.name());
    }
}
