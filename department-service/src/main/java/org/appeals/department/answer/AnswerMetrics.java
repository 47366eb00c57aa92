package org.appeals.department.answer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.appeals.contracts.AnswerKind;
import org.springframework.stereotype.Component;

/** Counts answers by kind and department (a bounded directory of ids, fit for a tag). */
@Component
class AnswerMetrics {

    private final MeterRegistry registry;

    AnswerMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void answered(AnswerKind kind, String departmentId) {
        Counter.builder("appeals.answered")
                .description("Answers departments gave, by kind")
                .tag("kind", kind.name().toLowerCase(Locale.ROOT))
                .tag("department", departmentId)
                .register(registry)
                .increment();
    }
}
