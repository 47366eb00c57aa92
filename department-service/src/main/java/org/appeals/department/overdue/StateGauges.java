package org.appeals.department.overdue;

import io.micrometer.core.instrument.Tags;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.appeals.support.scheduling.ElectedGauge;
import org.appeals.support.scheduling.ElectedGauges;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * {@code appeals_by_state{department,state}}: how many appeals each department holds in each state, counted from the
 * store (not from this instance's events), refreshed on a schedule. The store is shared, so only the instance holding
 * the gauge's lease ({@code gauge:appeals.by.state}) reports it and {@code sum} over instances counts each appeal once.
 */
@Component
class StateGauges {

    private final OverdueStore store;
    private final ElectedGauge gauge;

    StateGauges(OverdueStore store, ElectedGauges gauges, MetricsProperties properties) {
        this.store = store;
        this.gauge = gauges.gauge("appeals.by.state", "Appeals each department holds, by state",
                properties.refreshInterval());
    }

    @Scheduled(fixedDelayString = "${appeals.department.metrics.refresh-interval:30s}", initialDelay = 1000)
    void refresh() {
        gauge.refresh(this::counts);
    }

    private Map<Tags, Long> counts() {
        Map<Tags, Long> counts = new HashMap<>();
        store.countByDepartmentAndState().forEach((department, byState) -> byState.forEach((state, count) ->
                counts.put(Tags.of("department", department, "state", state.name().toLowerCase(Locale.ROOT)), count)));
        return counts;
    }
}
