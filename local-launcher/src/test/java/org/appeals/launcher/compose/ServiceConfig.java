package org.appeals.launcher.compose;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The environment variables a service module reads: the {@code ${VAR:default}} placeholders of its
 * {@code application.yml}, plus those of service-support's defaults when the module depends on service-support (less
 * those of the clients it excludes).
 */
record ServiceConfig(String module, Map<String, Optional<String>> placeholders) {

    private static final Pattern DEPENDENCY = Pattern.compile("<dependency>.*?</dependency>", Pattern.DOTALL);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");

    static ServiceConfig read(Path repoRoot, String module) throws IOException {
        Path yml = repoRoot.resolve(module).resolve("src/main/resources/application.yml");
        if (!Files.isRegularFile(yml)) {
            throw new AssertionError(yml + " is missing: the module has no configuration to check compose against");
        }
        Map<String, Optional<String>> placeholders = new LinkedHashMap<>(placeholders(Files.readString(yml)));
        Optional<String> serviceSupport = runtimeServiceSupport(Files.readString(repoRoot.resolve(module).resolve("pom.xml")));
        if (serviceSupport.isPresent()) {
            for (String line : Files.readAllLines(
                    repoRoot.resolve("service-support/src/main/resources/appeals-defaults.properties"))) {
                if (!leftOut(serviceSupport.get(), line)) {
                    placeholders.putAll(placeholders(line));
                }
            }
        }
        return new ServiceConfig(module, placeholders);
    }

    /** The dependency on service-support's main jar; a test-scoped one (its test jar) brings none of its defaults. */
    private static Optional<String> runtimeServiceSupport(String pom) {
        Matcher dependency = DEPENDENCY.matcher(pom);
        while (dependency.find()) {
            String block = dependency.group();
            if (block.contains("<artifactId>service-support</artifactId>") && !block.contains("<scope>test</scope>")) {
                return Optional.of(block);
            }
        }
        return Optional.empty();
    }

    /**
     * A default for a client the module excludes from service-support (the gateway: no Kafka, its own MongoDB client)
     * is never read; the only artifacts a service-support dependency block names besides itself are its exclusions.
     */
    private static boolean leftOut(String dependency, String line) {
        return line.startsWith("spring.kafka.")
                && dependency.contains("<artifactId>spring-boot-starter-kafka</artifactId>")
                || line.startsWith("spring.mongodb.")
                && dependency.contains("<artifactId>spring-boot-starter-mongodb</artifactId>");
    }

    /** The default of {@code server.port: ${SERVER_PORT:808x}}. */
    int defaultPort() {
        return placeholders.getOrDefault("SERVER_PORT", Optional.empty()).map(Integer::parseInt)
                .orElseThrow(() -> new AssertionError(module + " has no server.port: ${SERVER_PORT:<port>}"));
    }

    /**
     * What compose must set: variables with no default, and those whose default points at this machine
     * (localhost/127.0.0.1: another container's address inside compose). Every other default (timeouts, limits,
     * database names, the demo keys, the shared demo webhook secret) is as valid inside a container as outside, so
     * compose may leave it out.
     */
    boolean mustBeSetInCompose(String variable) {
        Optional<String> defaultValue = placeholders.get(variable);
        return defaultValue.isEmpty() || defaultValue.get().contains("localhost") || defaultValue.get().contains("127.0.0.1")
                || variable.equals("SERVER_PORT");
    }

    private static Map<String, Optional<String>> placeholders(String text) {
        Map<String, Optional<String>> found = new LinkedHashMap<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.putIfAbsent(matcher.group(1), Optional.ofNullable(matcher.group(2)));
        }
        return found;
    }
}
