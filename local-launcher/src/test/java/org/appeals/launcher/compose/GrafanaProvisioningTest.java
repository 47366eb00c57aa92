package org.appeals.launcher.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.appeals.launcher.process.ServiceJars;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The provisioned dashboard queries the platform's metrics through the provisioned Prometheus datasource. */
class GrafanaProvisioningTest {

    private static final Path OPS = ServiceJars.repoRoot().resolve("ops/grafana");

    @Test
    void everyPanelQueriesTheProvisionedPrometheusDatasource() throws IOException {
        String uid = (String) datasources().get(0).get("uid");

        JsonNode dashboard = dashboard();

        assertThat(datasources().get(0)).containsEntry("type", "prometheus").containsEntry("url", "http://prometheus:9090");
        assertThat(dashboard.path("panels").size()).isGreaterThan(4);
        dashboard.path("panels").forEach(panel -> {
            assertThat(panel.path("datasource").path("uid").asString()).isEqualTo(uid);
            assertThat(panel.path("targets").size()).isPositive();
        });
    }

    @Test
    void theDashboardShowsWhatTheCentresWatch() throws IOException {
        String queries = dashboard().findValues("expr").stream().map(JsonNode::asString).reduce("", String::concat);

        // appeals in per channel, routing outcome, backlog and overdue per department, time to first reaction and to
        // answer, delivery health, Kafka lag; ExportedMetricsIT checks that the services export all of it
        assertThat(queries).contains("sum by (channel) (rate(appeals_received_total")
                .contains("sum by (outcome, method) (rate(appeals_routed_total")
                .contains("department:appeals_backlog:sum").contains("sum by (department, deadline) (increase(appeals_overdue_total")
                .contains("appeals_first_reaction_seconds_bucket").contains("appeals_final_answer_seconds_bucket")
                .contains("appeals_notifications_total").contains("appeals_deliveries_parked")
                .contains("group_topic:kafka_consumer_records_lag:sum")
                .contains("http_server_requests_seconds_bucket").contains("mongodb_driver_commands_seconds_bucket");
    }

    @Test
    void labelValuesTheDashboardFiltersOnAreWrittenAsTheServicesTagThem() throws IOException {
        String queries = dashboard().findValues("expr").stream().map(JsonNode::asString).reduce("", String::concat);

        // the services tag outcomes, states and results in lower case; an upper-case filter matches nothing
        assertThat(queries).doesNotContainPattern("(outcome|state|result|deadline)=\"[^\"]*[A-Z]");
    }

    @Test
    void theDashboardProviderReadsTheDirectoryComposeMountsTheDashboardsIn() throws IOException {
        Map<String, Object> provider = yamlList(OPS.resolve("provisioning/dashboards/appeals.yml"), "providers").get(0);
        String compose = Files.readString(OPS.resolve("../../docker-compose.yml"));

        @SuppressWarnings("unchecked")
        String path = (String) ((Map<String, Object>) provider.get("options")).get("path");
        assertThat(compose).contains("./ops/grafana/dashboards:" + path + ":ro")
                .contains("./ops/grafana/provisioning:/etc/grafana/provisioning:ro");
    }

    private static JsonNode dashboard() throws IOException {
        return JsonMapper.builder().build().readTree(Files.readString(OPS.resolve("dashboards/appeals.json")));
    }

    private static List<Map<String, Object>> datasources() throws IOException {
        return yamlList(OPS.resolve("provisioning/datasources/prometheus.yml"), "datasources");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> yamlList(Path file, String key) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return (List<Map<String, Object>>) new Yaml().<Map<String, Object>>load(reader).get(key);
        }
    }
}
