package org.appeals.launcher.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.appeals.launcher.process.ServiceJars;
import org.junit.jupiter.api.Test;

/** How the metric names are read out of ops/'s PromQL; ExportedMetricsIT checks them against the services. */
class DashboardQueriesTest {

    private static final Path REPO = ServiceJars.repoRoot();

    @Test
    void readsMetricNamesAndSkipsFunctionsLabelsRangesGroupingAndGrafanaVariables() {
        assertThat(PromQl.metricNames("histogram_quantile(0.9, sum by (le, department) "
                + "(rate(appeals_first_reaction_seconds_bucket{state=\"open\"}[$__rate_interval])))"))
                .containsExactly("appeals_first_reaction_seconds_bucket");
        assertThat(PromQl.metricNames("(department:appeals_backlog:sum - department:appeals_backlog:sum offset 2h) >= 10"
                + " and deriv(department:appeals_backlog:sum[30m]) >= 0"))
                .containsExactly("department:appeals_backlog:sum");
        assertThat(PromQl.metricNames("sum by (topic) (a_total) unless sum by (topic) (b_total offset 10m)"))
                .containsExactly("a_total", "b_total");
    }

    @Test
    void recordingRulesAreFollowedToTheSeriesTheServicesExport() throws IOException {
        OpsQueries queries = OpsQueries.read(REPO.resolve("ops"));

        assertThat(queries.recordingRules()).contains("department:appeals_backlog:sum",
                "group_topic:kafka_consumer_records_lag:sum");
        assertThat(queries.exportedNamesRead()).contains("appeals_by_state", "kafka_consumer_fetch_manager_records_lag")
                .noneMatch(name -> name.contains(":")).doesNotContain("up");
    }

    @Test
    void theServicesDeclareTheMetersThatAppearOnlyWithTheirFirstEvent() {
        DeclaredMeters declared = DeclaredMeters.in(REPO);

        assertThat(declared.declares("appeals_overdue_total")).isTrue();
        assertThat(declared.declares("appeals_dead_letters_total")).isTrue();
        assertThat(declared.declares("appeals_first_reaction_seconds_bucket")).isTrue();
        assertThat(declared.declares("appeals_overdue_seconds_total")).isFalse();
        assertThat(declared.declares("appeals_assigned_total")).as("a topic name is not a meter").isFalse();
    }
}
