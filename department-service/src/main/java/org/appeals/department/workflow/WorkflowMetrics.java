package org.appeals.department.workflow;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import org.appeals.contracts.WorkflowState;
import org.appeals.contracts.WorkflowStep;
import org.springframework.stereotype.Component;

/**
 * What the workflow counts: every move, the time to the first reaction and to the final answer (histograms, so
 * dashboards can show percentiles across instances), reopened appeals. Department ids are a bounded directory.
 */
@Component
public class WorkflowMetrics {

    private final MeterRegistry registry;

    WorkflowMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void moved(WorkflowStep step, WorkflowState to, String departmentId) {
        Counter.builder("appeals.workflow.moves").description("Workflow moves of appeals, by step and new state")
                .tag("step", lower(step)).tag("state", lower(to)).tag("department", departmentId)
                .register(registry).increment();
    }

    void firstReaction(String departmentId, Duration took) {
        timer("appeals.first.reaction", "Time from assignment (or reopening) to the department's first reaction",
                departmentId).record(took);
    }

    void finalAnswer(String departmentId, Duration took) {
        timer("appeals.final.answer", "Time from assignment (or reopening) to the approved final answer",
                departmentId).record(took);
    }

    private Timer timer(String name, String description, String departmentId) {
        return Timer.builder(name).description(description).tag("department", departmentId)
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMinutes(1))
                .maximumExpectedValue(Duration.ofDays(60)).register(registry);
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
