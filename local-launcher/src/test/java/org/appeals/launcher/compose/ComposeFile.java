package org.appeals.launcher.compose;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.Yaml;

/** docker-compose.yml read as plain maps (merge keys resolved), with the questions the tests ask of it. */
final class ComposeFile {

    private final Map<String, Map<String, Object>> services;

    private ComposeFile(Map<String, Map<String, Object>> services) {
        this.services = services;
    }

    @SuppressWarnings("unchecked")
    static ComposeFile read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            Map<String, Object> root = new Yaml().load(reader);
            return new ComposeFile((Map<String, Map<String, Object>>) root.get("services"));
        }
    }

    Map<String, Map<String, Object>> services() {
        return services;
    }

    Map<String, Object> service(String name) {
        return Objects.requireNonNull(services.get(name), () -> "compose has no service " + name);
    }

    /** Environment as strings, whatever YAML type the value was written as. */
    @SuppressWarnings("unchecked")
    Map<String, String> environment(String name) {
        Map<String, Object> env = (Map<String, Object>) service(name).getOrDefault("environment", Map.of());
        return env.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> String.valueOf(e.getValue())));
    }

    /** The MODULE build argument, for services built from docker/Dockerfile. */
    @SuppressWarnings("unchecked")
    String module(String name) {
        Map<String, Object> build = (Map<String, Object>) service(name).get("build");
        Map<String, Object> args = build == null ? Map.of() : (Map<String, Object>) build.getOrDefault("args", Map.of());
        return (String) args.get("MODULE");
    }

    /** What {@code ports:} publishes to the host. */
    @SuppressWarnings("unchecked")
    List<String> published(String name) {
        List<Object> ports = (List<Object>) service(name).getOrDefault("ports", List.of());
        return ports.stream().map(String::valueOf).toList();
    }

    /** The health check command joined into one string. */
    @SuppressWarnings("unchecked")
    String healthcheck(String name) {
        Map<String, Object> healthcheck = (Map<String, Object>) service(name).getOrDefault("healthcheck", Map.of());
        Object test = healthcheck.get("test");
        return test instanceof List<?> parts ? parts.stream().map(String::valueOf).collect(Collectors.joining(" "))
                : String.valueOf(test);
    }
}
