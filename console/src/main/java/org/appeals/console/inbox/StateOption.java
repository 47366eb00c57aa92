package org.appeals.console.inbox;

import java.util.Arrays;
import java.util.List;
import org.appeals.contracts.WorkflowState;

/** A state in the inbox's status filter. */
record StateOption(String code, String label) {

    static List<StateOption> all() {
        return Arrays.stream(WorkflowState.values())
                .map(state -> new StateOption(state.name(), WorkflowStates.label(state))).toList();
    }
}
