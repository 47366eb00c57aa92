package org.appeals.launcher.compose;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every PromQL expression ops/ holds (the Grafana dashboards and the Prometheus rules), and the metric names they read
 * from the services: recording rules are followed to what they are recorded from, and {@code up} is Prometheus's own.
 */
final class OpsQueries {

    private final List<String> expressions = new ArrayList<>();
    private final Map<String, String> recorded = new HashMap<>();

    private OpsQueries() {
    }

    static OpsQueries read(Path ops) throws IOException {
        OpsQueries queries = new OpsQueries();
        try (Stream<Path> dashboards = Files.list(ops.resolve("grafana/dashboards"))) {
            for (Path dashboard : dashboards.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode json = JsonMapper.builder().build().readTree(Files.readString(dashboard));
                json.findValues("expr").forEach(expr -> queries.expressions.add(expr.asString()));
            }
        }
        try (Stream<Path> rules = Files.list(ops.resolve("prometheus/rules"))) {
            for (Path file : rules.filter(f -> f.toString().endsWith(".yml")).sorted().toList()) {
                queries.readRules(file);
            }
        }
        return queries;
    }

    List<String> expressions() {
        return expressions;
    }

    /** The names of the recording rules. */
    Set<String> recordingRules() {
        return recorded.keySet();
    }

    /** What the services must export for every expression to have data, recording rules resolved. */
    Set<String> exportedNamesRead() {
        Set<String> names = new TreeSet<>();
        expressions.forEach(expr -> collect(expr, names, 0));
        names.remove("up"); // Prometheus writes it for every scrape
        return names;
    }

    private void collect(String expr, Set<String> names, int depth) {
        if (depth > 5) {
            throw new IllegalStateException("recording rules nest too deep at " + expr);
        }
        for (String name : PromQl.metricNames(expr)) {
            if (recorded.containsKey(name)) {
                collect(recorded.get(name), names, depth + 1);
            } else {
                names.add(name);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void readRules(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            Map<String, Object> root = new Yaml().load(reader);
            for (Map<String, Object> group : (List<Map<String, Object>>) root.get("groups")) {
                for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
                    String expr = String.valueOf(rule.get("expr"));
                    expressions.add(expr);
                    if (rule.containsKey("record")) {
                        recorded.put((String) rule.get("record"), expr);
                    }
                }
            }
        }
    }
}
