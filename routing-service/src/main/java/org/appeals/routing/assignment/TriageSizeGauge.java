package org.appeals.routing.assignment;

import io.micrometer.core.instrument.Tags;
import java.util.Map;
import org.appeals.support.scheduling.ElectedGauge;
import org.appeals.support.scheduling.ElectedGauges;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * {@code appeals.triage.size}: how many appeals wait for an operator, counted over the whole database. Only the
 * instance holding the lease {@code gauge:appeals.triage.size} reports it, so {@code sum} over instances counts each
 * appeal once. Every instance refreshes (not under {@code @SchedulerLock}): the others must withdraw their series
 * and be ready to take the lease over.
 */
@Component
class TriageSizeGauge {

    private final ElectedGauge gauge;
    private final RoutedAppeals appeals;

    TriageSizeGauge(ElectedGauges gauges, RoutedAppeals appeals, MetricsProperties properties) {
        this.gauge = gauges.gauge("appeals.triage.size", "Appeals waiting in manual triage",
                properties.refreshInterval());
        this.appeals = appeals;
    }

    @Scheduled(fixedDelayString = "${appeals.routing.metrics.refresh-interval:10s}")
    void refresh() {
        gauge.refresh(() -> Map.of(Tags.empty(), appeals.countInTriage()));
    }
}
