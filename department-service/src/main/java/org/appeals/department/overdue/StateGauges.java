package org.appeals.department.overdue;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.appeals.department.appeal.AppealStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * {@code appeals_by_state{department,state}}: how many appeals each department holds in each state, counted from the
 * store (not from this instance's events), refreshed on a schedule.
 */
@Component
class StateGauges {

    private static final Logger log = LoggerFactory.getLogger(StateGauges.class);

    private final AppealStore store;
    private final MultiGauge gauge;

    StateGauges(AppealStore store, MeterRegistry registry) {
        this.store = store;
        this.gauge = MultiGauge.builder("appeals.by.state").description("Appeals each department holds, by state")
                .register(registry);
    }

    @Scheduled(fixedDelayString = "${appeals.department.metrics.refresh-interval:30s}", initialDelay = 1000)
    void refresh() {
        try {
            List<MultiGauge.Row<?>> rows = new ArrayList<>();
            store.countByDepartmentAndState().forEach((department, byState) -> byState.forEach((state, count) ->
                    rows.add(MultiGauge.Row.of(Tags.of("department", department,
                            "state", state.name().toLowerCase(Locale.ROOT)), count))));
            gauge.register(rows, true);
        } catch (RuntimeException e) {
            log.warn("appeal counts not refreshed: {}", e.getMessage());
        }
    }
}
